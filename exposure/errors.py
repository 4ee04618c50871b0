"""Errors that stop a run, each shown to the user as one line (the CLI maps them to exit codes)."""


class ExposureError(Exception):
    """A run cannot go on; the message names the file and the reason."""

    exit_code = 2


class ArchiveNotFound(ExposureError):
    """A path given as an archive does not exist."""


class PhotoNotReadable(ExposureError):
    """A photo given to `exposure check` is missing, not a regular file, or no readable image."""


class EmptyArchive(ExposureError):
    """An archive holds no file at all, or no photo."""


class UnsafeOutput(ExposureError):
    """The output folder would be inside the archive (we never write into an archive)."""


class ModelError(ExposureError):
    """A model file is missing or is not a model."""


class RuleError(ExposureError):
    """A rule file is invalid; the message names the file, the field and the problem."""


class NotAnOutputFolder(ExposureError):
    """`exposure report DIR` was given a folder that holds no scan."""


class OutputBusy(ExposureError):
    """Another exposure run is writing to the same output folder."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class CorruptStore(ExposureError):
    """`exposure.db` is damaged or is another program's database."""


class NothingRead(ExposureError):
    """The run finished, but no photo at all could be read (the outputs say why)."""

    exit_code = 3


class CorrectionsError(ExposureError):
    """corrections.yaml is invalid; the message names the line, the field and the fix."""
