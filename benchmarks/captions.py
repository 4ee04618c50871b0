"""Captions: precision and recall of the caption signals that speak of the owner.

    python benchmarks/captions.py --set benchmarks/data/captions_dev.jsonl [--errors] [--variants]
    python benchmarks/captions.py --set benchmarks/data/captions_dev2.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev3.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev4.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev5.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev6.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_probe6.jsonl   # figures only
    python benchmarks/captions.py --set benchmarks/data/captions_holdout2.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout2.jsonl --as-written
    python benchmarks/captions.py --set benchmarks/data/captions_holdout3.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout4.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout5.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout6.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout7.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_dev7.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_dev8.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout8.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout9.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout11.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout12.jsonl --errors --causes
    python benchmarks/captions.py --all   # every dev set's P/R, the held-out sets per language

The reader measured is the product's (`caption_signals`): by default the rules, whose signals
the sentence reader then judges by the nearest captions of a store
(`exposure/infer/caption_knn.py`); `EXPOSURE_CAPTION_READER=rules` measures the rules alone.
The store holds every DEV set's captions with their labels, so with it on a dev set is read
against itself and its figures are inflated; only the held-out sets' figures measure it. Its
form since judge6 (add 0.85, veto k25, a first-person word spares, politics kept; store with
dev10-12): test 0.944/0.860 F.900 -> 0.945/0.878 F.910, holdout 0.832/0.898 F.864 ->
0.842/0.913 F.876, holdout10 0.718/0.664 F.690 -> 0.723/0.689 F.705. Earlier forms:

    set        rules alone         + JUDGE3 as first wired   + JUDGE3 with its two guards
    holdout13  0.687/0.553 F.613   0.726/0.627 F.673         0.73/0.61 (382/144/240)
    holdout14  0.815/0.674 F.738   0.845/0.711 F.772         0.85/0.71 (421/76/175)
    test       0.944/0.861 F.900   0.950/0.891 F.919         0.95/0.88 (410/20/56)
    holdout    0.832/0.898 F.864   0.837/0.909 F.872         0.84/0.90 (478/93/52)
    holdout10  0.718/0.664 F.690   0.716/0.710 F.713         0.72/0.69 (397/156/178)

(the guards: no veto in a caption of fewer than four words, no signal added whose words the
rules found and judged; the first form's counts are those `benchmarks/caption_encoder.py --ship
judge3` gives its `pca256 int8` form). Reading 1,013 captions (holdout13) takes 2.0 s with the rules alone and 24.4 s with the reader
(a shared 2-core machine at load 7; the encoder is nearly all of it: `--ship judge3` timed it at
22.6 s for 1,000 captions that hour, 2.3-2.7 s on a quieter machine earlier).

The dev sets are tuned on: captions_dev2.jsonl (987 captions) and captions_dev3.jsonl (727, half
of them false friends of real posts: a guest's wedding, a prayer sent, a drink as a flavour, a
child's school, animal babies) were written in batches, each measured before the lexicon was
changed for it (the commit messages give those figures). captions_dev4.jsonl (686, ten
languages, written apart from the lexicon in the styles of real posts: hashtag walls, irony,
essays, plans and wishes, other people's news, memories) read 0.79/0.71 before its classes
were added. captions_dev5.jsonl (194, ten languages: faith words said of a thing, a wish
prayed for, an exclamation, and real practice) read 0.57/0.97 before its classes were added.
captions_dev6.jsonl (429) and captions_probe6.jsonl (310) were written together, in ten
languages, apart from the lexicon: the owner's signals in inflected forms, CamelCase hashtags and
slang beside others' news, congratulations, wishes, memories, questions, negation and faith words
said of food, sport, weather and shopping. dev6 is tuned on (0.89/0.88 before, 0.93/0.93 after);
probe6 is read for its figures only, never with `--errors` (0.83/0.79 before, 0.88/0.79 after):
a change is kept when it does not lose there.
captions_holdout2.jsonl (844, ten languages, written by someone who read neither the lexicon nor
any other set) was held out until it read 0.67/0.58; it is now a dev set, read with `--errors`
and tuned on by families of words and context cues (never a caption's own phrase alone), each
kept only when no language of captions_test and captions_holdout loses: holdout2 0.71/0.59 ->
0.91/0.92 relabelled (0.67/0.58 -> 0.86/0.92 as written), captions_test 0.91/0.80 -> 0.91/0.82,
captions_holdout 0.79/0.82 -> 0.81/0.85. 22 of its lines are relabelled by
one rule (their `why` says "relabelled: ..."): the owner's own child named, at any age, is
`baby`, as dev1-5 label it (the lexicon's baby feeds household.children), where holdout2's
guide had said "they have or expect a baby"; `--as-written` scores the labels as first written.
`--causes` sorts a set's errors into causes (by the reader's reason and the label's `why`).
`benchmarks/caption_judge.py` trains two learned readers and rotates them by writer (leave one writer out); neither gains, so none ships.

captions_holdout3.jsonl (1000, ten languages, written apart by another helper once holdout2 became
dev) read 0.73/0.63 before holdout2's tuning and 0.76/0.68 after it: tuning on one writer's text
moved the next writer's only a little. It is now a dev set too, tuned on by structural levers
first (a German or Dutch event noun as the first part of a compound, "Verlobungsfeier"; a move
said by the time lived in a place, "seit *n Wochen in *", "pół roku w *"; a trip by its days
there, "*n days in *"; treatments and injuries; a relative or a former school named beside the
word; the owner as a baby; a honeymoon as a wedding and a journey) and then by words: holdout3
0.76/0.68 -> 0.91/0.90 relabelled (0.90/0.90 as written), captions_test 0.91/0.82 -> 0.92/0.84,
captions_holdout 0.81/0.85 -> 0.81/0.87 (no language lost on either), holdout2 0.91/0.92 held,
probe6 0.88/0.81 unchanged. Its labels follow its writer: a boss, a colleague or
the office is the owner's job, a honeymoon is travel and wedding, the owner as a baby is a
`mentioned` baby. 6 lines are relabelled by one rule: a church visited as a sight (a cathedral, a
city tour, "od środka") is `travel` with religion mentioned, as dev1-6 label it, where its writer
had labelled no travel (`as_written` keeps the first labels; `--as-written` scores them). German
"meine Kollegin ist schwanger" is labelled a job there and not in dev3 and dev4, so "meine
Kollegin" is left out of the lexicon.

captions_holdout4.jsonl (925, written apart once holdout3 became dev) read 0.70/0.60 before
holdout3's tuning and 0.73/0.69 after it. With it, two more writers' sets became dev:
captions_holdout5.jsonl (873, Facebook posts of 35-70 year-olds) and captions_holdout6.jsonl
(880, Instagram and TikTok of 16-30 year-olds), each measured when it came, before any change
for it: holdout5 read 0.74/0.72 with the reader of the start of that round and 0.76/0.72 after
holdout4's first changes; holdout6 0.67/0.65 and 0.69/0.68. The round tuned on classes of
context and families of words seen in two writers' sets where it could (a pregnancy told in the
third person, a wedding named beside an engagement, a hen party, prayers asked for others, a
story on TV, a belly "pregnant" with food, a housewarming at a named friend's, a relative's
animals, the village school as a place, an Erasmus stay as a journey, the owner's shop and
retirement, children counted or ranked, a week of a pregnancy from 12, `*w`): holdout4 0.73/0.69 -> 0.84/0.85, holdout5
0.76/0.72 -> 0.85/0.82, holdout6 0.69/0.68 -> 0.76/0.78, captions_test 0.92/0.84 -> 0.92/0.84
(it, pl, tr recall up), captions_holdout 0.81/0.87 -> 0.82/0.89, no language of either lost.
Erasmus is labelled travel by the writers of holdout, holdout4 and holdout6 and school only by
those of dev4 and holdout3 (dev4 0.95 -> 0.94 precision there). No line of holdout4-6 is
relabelled.

captions_holdout7.jsonl (964, written apart by another helper once holdout4-6 became dev) read
0.73/0.72 when it was the held-out set of record (cs 0.66/0.53, de 0.73/0.73, en 0.60/0.66, es
0.79/0.76, fr 0.67/0.75, it 0.71/0.80, nl 0.75/0.75, pl 0.75/0.68, pt 0.76/0.71, tr
0.87/0.78): 123 of its false signals were someone else's, 129 of its misses a form or paraphrase
the lexicon lacked. It is now a dev set, tuned on by classes of the sentence around the word,
each in ten languages and each counted on every dev set both ways (kept only when the others did
not lose on balance and no language of captions_test or captions_holdout lost): a call to share
or adopt (`appeal`), a celebrity's or influencer's news (`famous`), a school or a wedding passed
by or next door (`passing`), a baby met on a train or at the next table (`stranger_baby`), an
illness in a TV series (`screen_health`), a litter of young animals (`litter`), a sight of the
owner's own city (`home_town`), a move in someone else's relative clause (`their_move`), a
flatmate's doing (`others`, `partners`), a named couple's engagement (`whose`), a relative named
bare or in the genitive ("kuzyn", "kuzenimin"), "baby" said to someone ("hey baby"), a newborn's
weight and length read like a baby's emoji (`caption_signs.birth_measure`), the animal of the
owner's move as a pet (`caption_signs.pet_moved`), a nursery as a child's and no schooling;
then families of words: a school by its level, the owner's own shop, a job begun or got, a
greeting from a place and a return from it, a move, an engagement and a home of one's own, the
year's rites, a pet by its hashtag, a doctorate being done. holdout7 0.73/0.72 -> 0.82/0.78 (cs 0.88/0.69, de
0.81/0.81, en 0.68/0.68, es 0.86/0.78, fr 0.77/0.83, it 0.73/0.84, nl 0.84/0.81, pl 0.91/0.75,
pt 0.85/0.75, tr 0.92/0.88);
the other dev sets together 3894/400/504 -> 3905/380/493 tp/fp/fn (31 lines read better, 2
worse: holdout4's "liceum" of a reunion and a volunteer's shelter dog as the pet of a move;
holdout4 0.84/0.85 -> 0.84/0.86, holdout5 0.85/0.82 -> 0.86/0.82, holdout6 0.76/0.78 ->
0.78/0.79), captions_test 0.92/0.84 -> 0.93/0.86, captions_holdout 0.82/0.89 held (fr up, no
language lost). Families measured and left out: a train "to *" (commutes; captions_holdout de
lost), "cancelled" after a word (held-out recall lost), Turkish "lise" and Dutch "havo"/"mbo"
(said of reunions and diplomas), German "Welpen" and "Kätzchen" (singular too). Its writer's
conventions that conflict with the other sets are left as they are: keys handed over as a move
(holdout6 too, but not dev2-5), a pregnancy's nausea as health, a colleague's news as no job
(holdout3 labels it the owner's), a church wedding as practice (`church_wedding`), a
pilgrimage as no journey (dev1-4 label it travel).

captions_dev7.jsonl (1,003 captions of everyday life: parents, shift workers, teachers, students)
and captions_dev8.jsonl (1,089 short posts, hashtags, emoji) were written apart by two new writers
and read 0.81/0.74 and 0.76/0.76 before any change. They are tuned on only by classes that show
in both, or in one and in two older dev sets, each counted on every dev set both ways: a colour
named by a drink (`scoped.colour`: wine-red, cor de vinho, bordowa, vínová, weinrot); a 💍 with
no wedding said in words (no wedding word, no `context.married` cue: married, mariés,
verheiratet, jsme svoji, evlilik, oczepiny, first dance) is an engagement's ring, and a glass
beside someone else's engagement is their toast; a doctor one is or becomes is a title
(`scoped.title`: va a ser médico, ze is nu dokter, "pan doktor"); relatives by marriage, cousins
and mates (brother-in-law, cuñado, Schwager, szwagier, švagrová, bratránek, kámoš, eniştem); a
drink given up or without alcohol (`sober`: nada de cerveja, niente alcol, kein Bier, zero-proof,
nie piję); 🩺 as a clinician's tool and no health emoji; the owner's child by rank (my eldest,
mijn oudste, mon aîné, mój najstarszy); a throwback tag in any language makes a trip or a school
a memory (`memory`, `school_days`). dev7 0.81/0.74 -> 0.83/0.74 (434/101/155 -> 437/88/152
tp/fp/fn), dev8 0.76/0.76 -> 0.78/0.76 (430/134/138 -> 433/123/135); the other dev sets
4306/467/604 -> 4311/462/599 (one line worse: holdout2's eldest off to university, labelled no
child there); captions_test held (0.93/0.86, no language moved), captions_holdout 0.82/0.89 held
(en 0.70 -> 0.71, pt 0.77 -> 0.78, tr 0.85 -> 0.87 precision, no language lost). Measured and
left out: a celebration glass (🥂🍾) beside the owner's own engagement or housewarming (dev7
labels it alcohol, dev8 and holdout3 do not), Portuguese "noivos" as an engagement (it is also
the couple at a wedding: "aos noivos", "vestido de noiva"), 🩺 as work (a medicine graduation
is no job: holdout3, holdout7).
`--all` prints one line of P/R per dev set, and the held-out sets per language.

captions_holdout8.jsonl (1,033, any adult, any platform) and captions_holdout9.jsonl (1,067: posts
of 40-75 year-olds, people living between two languages, 16-30 year-olds; its writer counts a
grandchild as the owner's child and a remembered trip as mentioned) were written apart, with
captions_holdout10.jsonl (526 long posts), by three new writers while holdout7, dev7 and dev8
were tuned on, and held out through two rounds that moved them only a little (holdout8 0.79/0.79
-> 0.81/0.80, holdout9 0.77/0.72 -> 0.78/0.73, holdout10 0.70/0.66 held, against +0.09/+0.06 on
holdout7). holdout8 and holdout9 are now dev sets, read with `--errors` filtered to English and
Portuguese first: on captions_test those two alone missed P >= 0.9 and R >= 0.8 (en 0.86/0.73,
pt 0.88/0.81). Before any change for them (`--all`): holdout8 0.81/0.80 (459/111/116 tp/fp/fn;
en 0.74/0.65, pt 0.76/0.81), holdout9 0.78/0.73 (462/130/174; en 0.78/0.75, pt 0.81/0.72), the
other dev sets 5181/673/886, captions_test 0.93/0.86, captions_holdout 0.82/0.89, holdout10
0.70/0.66. Only classes seen in both new sets, or in one and two older dev sets, were kept, each
counted line by line on every dev set both ways and kept only when no language of captions_test
or captions_holdout lost:
- signals told without their word (`infer/caption_told.py`): a farewell to one place and a
  greeting to another, each a capitalised name, is a move ("Goodbye Leeds, hello Bristol", "Adeus
  Lisboa, olá Porto"; months, seasons and things left are no place): +8 -0; a rite of passage of
  "our" or "my" child named after it is the child ("Christening day for our little Noah",
  "Pierwsza Komunia naszego Antka"; a godchild or grandchild word is no name): +6 -0; a name that
  turns an age beside an animal is a pet ("Whiskers turned 15 today. Grumpiest cat"): +2 -0;
- a positive test told by its lines ("two pink lines", "dos rayitas", "iki çizgi"; not a covid
  test) and a test read positive beside the baby (`due`): +4 -0;
- the owner's wedding anniversary by its years or early name (years of marriage, paper and
  cotton anniversaries, bodas de papel, noces de coton, nozze di carta); the spouse named after
  "married" is no friend's wedding (`kin.unless`), and a clause-scoped class now honours its
  `unless` just before the cue (carrying's "my wife" had been dead data): +13 -0, captions_test
  fr recall 0.93 -> 0.96;
- school longed for or remembered (`missed_school`: I miss, remember when, saudades da escola,
  özledim): +6 -0; politics followed on a screen, the news, polls or ads (`politics_news`,
  unless the owner voted): +11 -0, captions_holdout en precision 0.71 -> 0.72; "I don't have
  kids" (`childless`): +2 -0; a school-leaving exam still ahead is schooling, no graduation yet
  (`exam_ahead`: matura z matmy jutro, maturità tra un mese, teď ještě státnice): +6 -0;
- families of words: the owner's own business by its kind (my own salon, abri o meu próprio,
  eigene Praxis): +5 -0; a move by going to live somewhere, living there since or for good
  (andiamo a vivere, vamos morar em, na stałe, od září žijeme v): +15 -0; a home by its papers
  (escritura assinada, Mietvertrag unterschrieben, tapu elimizde): +6 -0; Portuguese "noivos"
  of us as an engagement, "os noivos" as a wedding's couple: +7 -0, captions_test pt precision
  0.88 -> 0.90, captions_holdout pt 0.78/0.88 -> 0.80/0.90; health by a diagnosis, a
  treatment or a place of care (type 2 diabetic, pre-op, centro de saúde, onder het mes,
  sanatorium): +17 -1, captions_holdout nl recall 0.83 -> 0.85.
After: holdout8 0.81/0.80 -> 0.83/0.84 (481/101/94; en 0.74/0.65 -> 0.83/0.77, pt 0.76/0.81 ->
0.80/0.87), holdout9 0.78/0.73 -> 0.80/0.77 (490/120/146; en 0.78/0.75 -> 0.84/0.86, pt
0.81/0.72 -> 0.86/0.84), the other dev sets 5181/673/886 -> 5216/662/851, probe6 0.89/0.82 ->
0.89/0.84; captions_test 0.93/0.86 held (pt 0.88/0.81 -> 0.90/0.81, fr 0.91/0.93 -> 0.91/0.96,
en 0.86/0.73 unchanged: its misses are not of these classes, and its errors are not read),
captions_holdout 0.82/0.89 -> 0.83/0.89 (en, pt, nl up, no language lost), holdout10 0.70/0.66
held. Measured and left out: a celebration glass (🥂🍾) beside the owner's own engagement or new
home (+9 -6: dev7 and one line of holdout9 label it alcohol, holdout8 and dev8 do not), Turkish
"evlilik yıldönümü" (captions_holdout tr precision lost), German "auswandern" (holdout10 de
precision lost), English "polls" and "the news" (captions_holdout en recall lost: "at the polls"
is voting), Portuguese bare "saudade" (a longing for sleep, not for school), "receitas"
(recipes), "baby #2" as a child already born (dev3, holdout2 and holdout5 label it pregnancy
only), Turkish "hazırlık" as an exam ahead (a university's prep year); an exam ahead told by a
number ("za 3 dni", "in 2 Wochen") is not read: context cues hold no `*n`; a school word beside
the owner's graduation as the school graduated from (+19 -11: dev6 labels "Abi bestanden, ab an
die Uni" school too, and holdout10 en recall lost); "noivos" as a cue of a wedding planned (+1 -1).

captions_holdout11.jsonl (1,082: people by their trade and daily life, nurses, farmers, drivers,
retirees, parishes and mosques) and captions_holdout12.jsonl (1,038: short posts, story texts,
puns and winks, "plus one loading 🤰") were written apart by two new writers while holdout8-9 were
tuned on, and held out through that round, which moved them as little as every round before
(holdout11 0.76/0.66 held, holdout12 0.77/0.74 -> 0.78/0.75). A blind second annotator agrees with
holdout12's writer at 0.98/0.98 (kappa 0.98, `captions_holdout12_second.jsonl`): there the gap is
the reader's, not the labels'. A kNN reader on multilingual sentence embeddings
(`benchmarks/caption_encoder.py`) gains more on them than any lexicon round (F1 +0.02-0.03) but
loses languages of captions_test, so it does not ship. They are now dev sets, read with
`--errors --causes`. Before any change for them (`--all`): holdout11 0.76/0.66 (459/146/233
tp/fp/fn; en 0.81/0.65), holdout12 0.78/0.75 (427/120/141; en 0.84/0.72), the other dev sets
6187/883/1091, captions_test 0.93/0.86 (en 0.86/0.73), captions_holdout 0.83/0.89, holdout10
0.70/0.66. Precision first: only classes seen in both new sets, or in one and two older dev
sets, were kept, each counted line by line on every dev set both ways and kept only when no
language of captions_test or captions_holdout lost:
- someone else's (`context.scoped`): an animal of a friend, a neighbour, an in-law, an aunt or a
  café (`their_pet`: "il cagnolino di mia suocera", "pies ciotki 🐕"): +16 -2 (a neighbour in
  another clause than "mých koček"); a colleague's, a boss's or an ex's illness, wedding or
  engagement (`colleague`: "Kollege ist krankgeschrieben", "mój szef jest na L4"): +10 -0,
  captions_holdout nl and pl precision up (with pregnancy and baby it lost three owners' leaves:
  left out); a best friend's, a classmate's, a mate's or the parents' wedding in the genitive
  (`kin`: "wesele koleżanki", "svatby rodičů", "a minha melhor amiga casou"; Czech "u rodičů" is
  no cue): +7 -0; a sister-in-law, a cousin or a friend who gave birth (`kin_birth`: "Cunhada deu
  à luz", "Bratowa urodziła"): +3 -0; a named friend's baby shower and its 🍼 (`whose.pregnancy`:
  "chá de bebê da Carol", "babyshower van Sanne"; `whose.baby` nl "kraamvisite bij Lotte"): +9 -0;
  everyone on the owner's feed or around them (`everyone`: "Everyone on my feed is getting
  engaged", "wszyscy na IG w ciąży"): +5 -0 (bare "wszyscy", "herkes" lost owners' pregnancies);
  politics followed in one's feed or a broadcast (`politics_news`: "mon fil", "relację",
  "seçim haberleri"): +4 -0;
- another sense or mood: the owner's own soft drink or turn to drive beside others' alcohol
  (`sober`: "yo con mi Fanta", "ben ayranla", "já řídila", "conducteur désigné"): +7 -0; a thesis
  defended, a degree's studies ended (`defended`: "Defendi o TCC", "Obhájila jsem diplomku"): +9 -3
  (dev3 and holdout5 label a defence school too), captions_test pl precision 0.98 -> 1.00;
  pharmacy, nursing or a year of medicine studied (`medicine`: "técnica en farmacia 💊", "primo
  anno di Medicina"): +6 -0; a church passed on the way to work, next door, on the corner
  (`passing`: "igreja da esquina", "cestou do práce vidím kostel"): +6 -0 (the quarter's church,
  "Missa de domingo na igreja do bairro", is where one goes to mass: left out); the owner's wedding
  still ahead, by a countdown or a date to come, is an engagement (`wedding_ahead`, why `planned`:
  "nos casamos el año que viene", "#countdown #mancapoco 👰"): +4 -2 (dev8 and holdout3 label a
  dress chosen before the day a wedding), captions_test es precision 0.91 -> 0.93;
- signals said indirectly: a job transfer is work and a move ("Mutation acceptée", "Versetzung
  nach", "Transferida pra filial", "tayin çıktı"; work words that imply moving): +6 -0; two
  places joined by an arrow, names or flags, where no journey is said
  (`caption_told.arrow_move`: "Manchester ➡️ Glasgow", "🇬🇧➡️🇨🇿"): +5 -0; an emigration named with
  where to or said in the present ("emigracja do", "Auswanderung nach", "Emigrujemy"): +4 -0; a
  move by its boxes counted or its van loaded ("14 kartonów", "23 krabic", "nakládáme dodávku"):
  +4 -0; a trade's life named ("#farmlife", "night nurse life", "Vita da camionista",
  "Boerenleven", "Esnaf hayatı"): +5 -0; a shift by its time or after it ("late dienst", "po
  zmianie", "gece vardiyası"): +5 -0; a first day as a teacher or a nurse ("primo giorno da
  maestra"; its school a workplace): +2 -0; a home by its mortgage, its preliminary contract or
  its keys ("kredyt podpisany", "signé le compromis", "eerste eigen huis", "vlastní 2+kk"): +5 -0;
  a child's age in months or a first birthday ("cumple 2 meses", "skończyły roczek"): +5 -0; a
  march the owner is at ("en la marcha del 8M", "op het Malieveld", "yürüyüşteydik"): +11 -0,
  captions_test nl recall 0.87 -> 0.89, captions_holdout recall 0.89 -> 0.90; a treatment, a
  medicine or an injury named ("sertraline", "psicoterapia", "fizik tedavinin seansı", "Gips
  eraf", "po zawale"): +9 -0; a practice of the week or the year ("Shabbat", "Środa
  Popielcowa", "Tříkrálová sbírka"): +6 -0;
- another mood or sense, later in the round: a journey longed for or out of reach, wherever its
  emoji stands (`no_trip`: "me muero por unas vacaciones 🏝️", "the closest I'll get to a
  holiday", "palcem po mapie 🗺️"): +6 -0, captions_test en precision 0.86 -> 0.88; a life event
  dreamt (`dreamt`: "Sonhei que", "ho sognato di essere incinta"): +4 -0, captions_test pt
  precision 0.90 -> 0.92; a pregnancy, an engagement, a move or a trip in a series, the news or
  an ad (`screen`: "Şu dizideki hamile", "ce bébé dans la pub", "reklama na dovolenou"): +7 -0;
  French "la pub", "les pubs" (ads) as no English pub: +2 -0.
After: holdout11 0.76/0.66 -> 0.81/0.70 (487/113/205; en 0.81/0.65 -> 0.83/0.66, pl 0.76/0.68 ->
0.86/0.76, pt 0.76/0.63 -> 0.85/0.69), holdout12 0.78/0.75 -> 0.86/0.81 (458/75/110; en
0.84/0.72 -> 0.89/0.82, it 0.77/0.78 -> 0.87/0.87, nl 0.75/0.79 -> 0.84/0.82), the other dev sets
6187/883/1091 -> 6195/856/1083 (170 lines read better and 7 worse over all dev sets), probe6
0.89/0.84 held; captions_test 0.93/0.86 -> 0.94/0.86 (en 0.86 -> 0.88, es 0.91 -> 0.93, pt 0.90
-> 0.92, nl 0.95/0.87 -> 0.98/0.89, pl 0.98 -> 1.00; en recall 0.73 unchanged: its misses are
not of these classes, and en alone still misses the bar, the other nine meet it),
captions_holdout 0.83/0.89 -> 0.83/0.90 (es, nl, pl precision, nl and tr recall up, no language
lost), holdout10 0.70/0.66 -> 0.72/0.66 (en precision 0.70 -> 0.76). Measured and left out: the
owner who says they are no believer ("no soy creyente", +2 -0, holdout11 only), a fan
account's or idol's news ("konto fanowskie", "fan page": holdout12 only, and "la reina" of a
pet lost dev4), children in a definite form as the
owner's ("the kids", "die Kinder", "dzieci": +49 -38, captions_holdout precision lost in five
languages), German "Hochrechnung" and "mein Feed" as politics watched (holdout10 de recall lost),
processions as practice (+5 -9: watched from a balcony, met in the street), "#urlaubsreif" as a
trip wished (said on the way to Mallorca), Dutch "is 6 weken" as a child's age and Polish
"naszym balkonie" as a new home (captions_holdout nl and pl precision lost), a harvest as work
(holdout11 and one older set: a grandparents' vendemmia is labelled no work).
Left for later: a trade told by its day (a round, the depot, the combine: work is still most of
holdout11's 205 misses), a child by "the kids" with a first-person cue, a new home by its first
night, a relative's rite (labelled the owner's religion by older writers, not by these).

The held-out sets measure the reader; do not tune on them, nor read their `--errors`:
captions_test.jsonl (701), captions_holdout.jsonl (932), captions_holdout10.jsonl (526), and
captions_holdout15.jsonl and captions_holdout16.jsonl, written apart by two new writers while
holdout13-14 were tuned on (`--all` prints them once they exist): captions_holdout15.jsonl
(1,078: what an ordinary adult's Facebook and Instagram export holds: check-ins, life-event lines,
memories, selling posts, greetings) read 0.85/0.74 by the rules before this round (0.86/0.79
with the sentence reader and the older store), captions_holdout16.jsonl (1,007: pets' own
accounts, small businesses, community volunteers, people living between two languages)
0.78/0.55 (0.83/0.61); blind second annotators (`captions_holdout15_second.jsonl`,
`captions_holdout16_second.jsonl`) agree with their writers at 0.98/0.96 on both. dev10 (1,041 long and tangled captions:
recaps, family news threads, negation and wishes), dev11 (1,028 very short captions: album titles, a place, an
emoji, a week count) and dev12 (1,155: jobs, studies, health and faith said indirectly) were
written with them, as dev sets. captions_holdout13.jsonl and
captions_holdout14.jsonl are dev sets since session 35; they were written apart by two new writers while
holdout11-12 were tuned on and opened by no tuner (`--all` prints them once they exist, and a
line saying so while they do not). captions_holdout13.jsonl (1,013: Facebook posts of 35-80
year-olds, parish, club and family news, long posts of several topics) reads 0.68/0.55 with the
reader before holdout11-12's round and 0.69/0.55 after it; captions_holdout14.jsonl (1,029:
15-32 year-olds on Instagram, TikTok and Discord, slang and code-switching) 0.80/0.67 -> 0.82/0.67:
again +0.01-0.02 on the next writers for +0.05-0.08 on the writers tuned on. A blind second
annotator (`captions_holdout13_second.jsonl`, `captions_holdout14_second.jsonl`) agrees with
their writers at 0.93/0.97 (kappa 0.95) and 0.95/0.97 (kappa 0.96); the reader on the pairs both
label alike reads 0.71/0.56 and 0.85/0.70: what it misses there is reading, not convention.

How far two careful readers agree (`benchmarks/caption_agreement.py`): a second annotator
labelled captions_test and holdout7 blind (`captions_test_second.jsonl`,
`captions_holdout7_second.jsonl`: the caption and its language, a one-page guide, no other label).
On captions_test the two agree at 0.98/1.00 (kappa 0.99); on holdout7 at 0.91/0.96 (kappa 0.93:
a named place as a trip, after-work drinks as work, a move as a new home), so against a new
writer's labels even a second careful reader scores under 0.9 precision in de, pl and tr. The
reader on the pairs both annotators label alike read holdout7 0.76/0.75 before its round: its
errors there are errors of reading, not of convention.

The set holds one caption a line, labelled apart from the lexicon: `{"caption", "lang",
"owner_signals": [...], "mentioned": [...], "why"}`. A signal the reader gives (`caption_signals`)
is right when it is one of the caption's `owner_signals`; the labelled `mentioned` signals (other
people's, negated, figurative, a church on a walk) are the false friends. Precision and recall
are printed overall, per language (the labelled one) and per signal; `--errors` lists each miss
and each false signal with why the reader kept or dropped the words it found.

`--variants` reads `benchmarks/data/caption_variants.yaml`: per signal and language, captions in
which one word (in [brackets]) is a form the lexicon does not list as written (a feminine, a
plural, a case, a diminutive); it prints, per signal and language, how many of them the reader
finds (the recall on forms it never saw), and names any bracketed word the lexicon lists.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.infer.caption_knn import enabled, prime  # noqa: E402
from exposure.infer.captions import (  # noqa: E402
    LANGUAGES,
    caption_signals,
    lexicon,
    read_caption,
    words_of,
)

VARIANTS = ROOT / "benchmarks" / "data" / "caption_variants.yaml"
DATA = ROOT / "benchmarks" / "data"
DEV = [
    "dev",
    *(f"dev{k}" for k in (*range(2, 9), 10, 11, 12)),
    *(f"holdout{k}" for k in (*range(2, 10), 11, 12, 13, 14)),
]
HELD_OUT = [
    "test",
    "holdout",
    "holdout10",
    "holdout15",
    "holdout16",
]  # their figures only, per language: never their errors


RELABELLED = "relabelled:"  # a `why` with this names a label changed by a stated rule
# the label's why, read for the cause of an error (`causes`)
FIGURATIVE = re.compile(
    r"figure|slang|idiom|joke|lyric|song|metaphor|pet name|trap|as busy|as sauce|flavour|service|"
    r"reminder|nothing readable|no signal|videos|animal|tortoise|turtle|storks|puppies|kittens"
)
MOOD = re.compile(r"planned|wish|not yet|hope|future|plan\b")
NEGATION = re.compile(r"negation|refus|non-alcoholic|abstain|unemployed|no alcohol")
MEMORY = re.compile(r"remembered|throwback")


def load(path: Path, as_written: bool = False) -> list[dict]:
    """The labelled captions of a JSON-lines file; with `as_written`, the relabelled lines as first
    written: their `as_written` signals (holdout3), else their `baby` taken back out (holdout2)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if as_written:
        for row in rows:
            if "as_written" in row:
                row["owner_signals"] = row["as_written"]
            elif RELABELLED in row.get("why", ""):
                row["owner_signals"] = [s for s in row["owner_signals"] if s != "baby"]
    return rows


def score(rows: list[dict]) -> dict[str, Counter]:
    """Counts tp, fp, fn of the reader overall ("all"), per language ("lang:xx") and per signal."""
    truths = [set(row["owner_signals"]) for row in rows]
    prime([row["caption"] for row in rows])  # the product's sentence reader, in batches
    return compare(rows, truths, [caption_signals(row["caption"]) for row in rows])


def compare(rows: list[dict], truths: list[set[str]], saids: list[set[str]]) -> dict[str, Counter]:
    """Counts tp, fp, fn of `saids` against `truths` (one set a row of `rows`) overall ("all"),
    per language ("lang:xx") and per signal."""
    counts: dict[str, Counter] = {}
    for row, truth, said in zip(rows, truths, saids):
        for key in ("all", "lang:" + row["lang"]):
            c = counts.setdefault(key, Counter())
            c.update(tp=len(truth & said), fp=len(said - truth), fn=len(truth - said))
        for s in truth | said:
            c = counts.setdefault(s, Counter())
            c.update(tp=int(s in truth and s in said), fp=int(s in said - truth))
            c.update(fn=int(s in truth - said))
    return counts


def ratio(a: int, b: int) -> str:
    """a / b to two places, '-' when b is 0."""
    return f"{a / b:.2f}" if b else "-"


def table(counts: dict[str, Counter]) -> str:
    """Precision, recall and counts per key, overall first, then languages, then signals."""
    keys = ["all"] + sorted(k for k in counts if k.startswith("lang:"))
    keys += sorted(k for k in counts if k != "all" and not k.startswith("lang:"))
    out = [f"{'':14} {'prec':>5} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k in keys:
        c = counts[k]
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        out.append(f"{k:14} {p:>5} {r:>6} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}")
    return "\n".join(out)


def errors(rows: list[dict]) -> str:
    """Each caption the reader got wrong: what it said, the truth, and its reading."""
    out = []
    for row in rows:
        truth, said = set(row["owner_signals"]), caption_signals(row["caption"])
        if truth != said:
            found = [(m.signal, m.term, m.lang, why) for m, why in read_caption(row["caption"])]
            miss, extra = sorted(truth - said), sorted(said - truth)
            out.append(f"[{row['lang']}] {row['caption']!r}\n  missed {miss} false {extra}")
            out.append(f"  read {found}\n  why: {row.get('why', '')}")
    return "\n".join(out)


def causes(rows: list[dict]) -> str:
    """A table of the errors' causes: each missed or false signal sorted by the reader's reason
    for the word it found (language, negated, others, ...) or else by the label's `why`
    (figurative, a plan or wish, a negation, a memory); a miss with no word found is a missing
    form or paraphrase, a false signal read only from an emoji is an emoji read as the owner's,
    and the rest are someone else's (agent/person)."""
    count: Counter = Counter()
    for row in rows:
        truth, said = set(row["owner_signals"]), caption_signals(row["caption"])
        read = read_caption(row["caption"])
        why = row.get("why", "").lower()
        for s in truth - said:
            whys = {w for m, w in read if m.signal == s}
            if s == "travel" and MEMORY.search(why):
                cause = "convention: a remembered trip is travel"
            elif whys and whys <= {"language"}:
                cause = "language detection"
            elif whys:
                cause = "context over-read: " + ", ".join(sorted(str(w) for w in whys))
            else:
                cause = "missing form or paraphrase"
            count["missed", cause] += 1
        for s in said - truth:
            terms = [m for m, w in read if m.signal == s and w is None]
            if NEGATION.search(why):
                cause = "negation"
            elif MOOD.search(why):
                cause = "mood/tense (a plan, a wish)"
            elif MEMORY.search(why):
                cause = "convention: a memory"
            elif FIGURATIVE.search(why):
                cause = "figurative or another sense"
            elif all(m.lang == "emoji" for m in terms):
                cause = "an emoji read as the owner's"
            else:
                cause = "agent/person (someone else's, a job, a place)"
            count["false", cause] += 1
    out = [f"{'error':6} {'cause':48} {'n':>4}"]
    for (kind, cause), n in sorted(count.items(), key=lambda x: (x[0][0], -x[1])):
        out.append(f"{kind:6} {cause:48} {n:>4}")
    return "\n".join(out)


def variants(path: Path = VARIANTS) -> str:
    """Recall on word forms the lexicon does not list, per signal and language."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    written = {" ".join(t.words) for t in lexicon().signals.terms()}
    out = [f"{'signal':12} {'lang':4} {'found':>5} {'of':>3}  missed"]
    total = Counter()
    for signal, by_lang in data.items():
        for lang, captions in by_lang.items():
            found, missed = 0, []
            for caption in captions:
                word = re.search(r"\[([^]]+)\]", caption).group(1)
                if " ".join(words_of(word)) in written:
                    out.append(f"  ! {signal}/{lang}: [{word}] is listed in the lexicon")
                if signal in caption_signals(caption.replace("[", "").replace("]", "")):
                    found += 1
                else:
                    missed.append(word)
            total.update(found=found, n=len(captions))
            out.append(f"{signal:12} {lang:4} {found:>5} {len(captions):>3}  {', '.join(missed)}")
    out.append(f"{'all':12} {'':4} {total['found']:>5} {total['n']:>3}")
    return "\n".join(out)


def all_sets() -> str:
    """One line of P/R per dev set (and probe6), then each held-out set per language."""
    out = [f"{'set':10} {'prec':>5} {'recall':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    total = Counter()
    for name in [*DEV, "probe6"]:
        c = score(load(DATA / f"captions_{name}.jsonl"))["all"]
        if name != "probe6":
            total.update(c)
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        out.append(f"{name:10} {p:>5} {r:>6} {c['tp']:>5} {c['fp']:>4} {c['fn']:>4}")
    t = total
    p, r = ratio(t["tp"], t["tp"] + t["fp"]), ratio(t["tp"], t["tp"] + t["fn"])
    out.append(f"{'dev all':10} {p:>5} {r:>6} {t['tp']:>5} {t['fp']:>4} {t['fn']:>4}")
    if enabled():
        out.append("(dev sets read against the store that holds them: inflated; held out below)")
    for name in HELD_OUT:
        path = DATA / f"captions_{name}.jsonl"
        if not path.exists():
            out.append(f"{name:10} (not written yet: {path.name} is missing)")
            continue
        counts = score(load(path))
        cells = []
        for key in ["all", *(f"lang:{la}" for la in LANGUAGES)]:
            c = counts.get(key, Counter())
            p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
            cells.append(f"{key.removeprefix('lang:')} {p}/{r}")
        out.append(f"{name:10} " + "  ".join(cells))
    return "\n".join(out)


def main() -> None:
    """Print the tables for a labelled set (and the variants' recall when asked)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, help="a labelled JSON-lines caption set")
    ap.add_argument("--errors", action="store_true", help="list the captions read wrong")
    ap.add_argument("--variants", action="store_true", help="recall on unlisted word forms")
    ap.add_argument("--causes", action="store_true", help="a table of the errors' causes")
    ap.add_argument("--as-written", action="store_true", help="relabelled lines as first written")
    ap.add_argument("--all", action="store_true", help="P/R of every dev and held-out set")
    args = ap.parse_args()
    if args.all:
        print(all_sets())
    if args.set:
        rows = load(args.set, args.as_written)
        langs = Counter(r["lang"] for r in rows)
        print(
            f"{args.set}: {len(rows)} captions ({', '.join(f'{la} {langs[la]}' for la in LANGUAGES)})"
        )
        print(table(score(rows)))
        if args.causes:
            print(causes(rows))
        if args.errors:
            print(errors(rows))
    if args.variants:
        print(variants())


if __name__ == "__main__":
    main()
