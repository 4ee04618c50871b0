"""Classes read from captions_holdout13 and holdout14 (Facebook posts of 35-80 year-olds; young
people's slang) and captions_dev10-12 (long tangled captions, very short ones, jobs and faith
said indirectly), each kept only where it showed in two of these sets or in one and two older
dev sets. Captions of no set; each class has captions that failed on the reader before it, the
rest guard (the second half: all fail on it)."""

import pytest

from exposure.infer.caption_told import gig_shift, last_day, place_day
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # someone visited at a hospital or a clinic is theirs (`visit`)
    ("Fui a ver a Lucía al hospital, ya está mejor", set(), {"health"}, "es a visit"),
    ("Heute Renate im Krankenhaus besucht, sie lacht schon wieder", set(), {"health"}, "de"),
    ("Byli jsme za dědou v nemocnici, už chodí", set(), {"health"}, "cs a visit"),
    ("in hospital with a broken ankle, bored stiff", {"health"}, set(), "the owner's"),
    # thanks for others' prayers: no practice of the owner's (`thanked_prayers`)
    ("Cirurgia correu bem, obrigado pelas orações de todos", {"health"}, {"religion"}, "pt"),
    ("Dziękujemy za modlitwy, mama już w domu", set(), {"religion"}, "pl thanks"),
    # a school as a polling station (`polling`)
    ("Voted at the old primary school this morning 🗳️", {"politics"}, {"school"}, "en"),
    ("Wahllokal in der Realschule, Schlange bis zum Parkplatz", {"politics"}, {"school"}, "de"),
    # a grandchild's degree, exam or engagement in its clause (`grandchild`)
    ("Granddaughter Mia graduated in law today, so proud", set(), {"graduation"}, "en"),
    ("Enkelin Sophie hat ihr Diplom, Oma ist stolz", set(), {"graduation"}, "de"),
    # a reality show, a programme or a series (`screen`), a royal wedding (`famous`)
    ("demande en mariage dans une émission, la honte", set(), {"engagement"}, "fr a programme"),
    ("le mariage princier en direct, ma grand-mère pleure", set(), {"wedding"}, "fr royal"),
    ("Hochzeit im Finale der Staffel, wie immer", set(), {"wedding"}, "de a season"),
    # a parent-to-be in the first person is a pregnancy, the baby word beside it awaited
    ("Je vais être papa !!! On a acheté des couches", {"pregnancy"}, {"baby"}, "fr"),
    ("ik word papa!! de kinderwagen staat al klaar", {"pregnancy"}, {"baby"}, "nl"),
    # a last day, shift or ride at a place after years of it (`caption_told.last_day`)
    ("Last shift at the depot after 27 years, thanks lads", {"work"}, set(), "en"),
    ("Ultimo giorno in fabbrica dopo 33 anni, si chiude un capitolo", {"work"}, set(), "it"),
    ("Papa hat heute seine letzte Schicht nach 40 Jahren", set(), {"work"}, "de a father's"),
    # a relative in the accusative before the school word
    ("vezu ségru do školy, zase pozdě", set(), {"school"}, "cs"),
    # a party's meeting or a member's campaigning: politics, no job (`party`)
    ("zebranie koła partii w piątek, potem ulotki", {"politics"}, {"work"}, "pl"),
    ("gençlik kolları toplantısı bitti, yoruldum", {"politics"}, {"work"}, "tr"),
    # the household's animal beside the owner's other news (`pet_moved`)
    ("my daughter and the cat, partners in crime", {"baby", "pet"}, set(), "en"),
    ("il cane e mia figlia, migliori amici", {"baby", "pet"}, set(), "it"),
    # a night shift by its count or its place
    ("druga nocka na oddziale, kawa nie pomaga", {"work"}, set(), "pl"),
    ("notte in corsia, tre ricoveri", {"work"}, set(), "it"),
    # a job by its contract signed
    ("contract getekend bij de gemeente!!", {"work"}, set(), "nl"),
    ("firmé contrato con una constructora 🎉", {"work"}, set(), "es"),
    # a world-famous church or museum visited is a journey
    ("the Sistine Chapel ceiling, no photos allowed but wow", {"travel"}, set(), "en"),
    # (a Spanish writer's Sagrada Família is a sight at home since travel53: `church_home`)
    ("Sagrada Familia von innen, sprachlos", {"travel"}, set(), "de"),
    # a capitalised place and the day of a stay there (`caption_told.place_day`)
    ("Porto day 2, francesinha for lunch", {"travel"}, set(), "en"),
    ("Kraków dzień 2, obwarzanki na śniadanie", {"travel"}, set(), "pl"),
    ("Chemo day 3, tired but fine", {"health"}, {"travel"}, "a treatment counted"),
    # a concert in a church, an owner who is no believer (`concert`, `unbeliever`)
    ("Koncert organowy w kościele Mariackim, cudna akustyka", set(), {"religion"}, "pl a concert"),
    ("nie jestem wierząca, ale w tym kościele jest pięknie", set(), {"religion"}, "pl"),
    # "sick" said of what annoys or a laugh (`figurative`)
    ("me pone enfermo el tráfico de los lunes", set(), {"health"}, "es"),
    ("ik word ziek van die reclames", set(), {"health"}, "nl"),
    # a mother's wedding in the genitive (`kin`)
    ("Suknia ślubna mojej mamy wisi w szafie od 1980", set(), {"wedding"}, "pl"),
    # a delivery shift by its app and its orders or tips (`caption_told.gig_shift`)
    ("deliveroo toute la soirée, 19 commandes et zéro pourboire", {"work"}, set(), "fr"),
    ("wolt celý večer, 14 objednávek", {"work"}, set(), "cs"),
    ("Deliveroo tonight, pizza and a film 🍕", set(), {"work"}, "an order received"),
    # --- later in the round, with dev10-12 ---
    # a freelancer's work by its name
    ("partita IVA aperta, ora sono freelance", {"work"}, set(), "it freelance"),
    ("zzp'er sinds maart, eigen baas", {"work"}, set(), "nl zzp"),
    # a move by its last box
    ("última caja cerrada, mañana el camión", {"moving"}, set(), "es last box"),
    ("dernier carton, adieu l'appart", {"moving"}, set(), "fr last box"),
    # a first flat of one's own
    ("Můj první byt, 28 m² a balkon", {"new_home"}, set(), "cs first flat"),
    # a baby by its night feeds and its firsts
    ("poppata delle 3, la casa dorme", {"baby"}, set(), "it night feed"),
    # a named child who becomes a big sibling
    (
        "il nostro Marco diventa fratello maggiore a maggio",
        {"pregnancy", "baby"},
        set(),
        "it sibling",
    ),
    # a therapist or a psychiatrist seen, a cast or an allergy of one's own
    ("sesión con mi psicóloga, salgo más ligera", {"health"}, set(), "es therapy"),
    ("gesso al braccio per un mese", {"health"}, set(), "it cast"),
    # a church choir, one's own confirmation
    ("kerkkoor vanavond, Bach oefenen", {"religion"}, set(), "nl choir"),
    ("crisma da minha afilhada? não: a minha crisma, hoje", {"religion"}, set(), "pt confirmation"),
    # a student's dorm and an exam period; good luck to everyone sitting one
    ("pierwsza noc w akademiku, współlokatorka chrapie", {"school"}, set(), "pl dorm"),
    ("KPSS'ye 60 gün kaldı", {"school"}, set(), "tr exam"),
    ("in bocca al lupo a tutti per la maturità", set(), {"school", "graduation"}, "it good luck"),
    # a degree by its title or its paper in the pocket
    ("licence en poche, enfin", {"graduation"}, set(), "fr degree"),
    ("tez savundum, bitti!", {"graduation"}, set(), "tr thesis"),
    # politics by leaflets and marches
    ("on tracte au marché demain matin", {"politics"}, set(), "fr leaflets"),
    ("s dcerou na Letné, statisíce lidí", {"politics"}, set(), "cs march"),
    # a drink by its regional name, a hangover by its idiom
    ("een Duvel op het terras", {"alcohol"}, set(), "nl beer"),
    ("mal aux cheveux ce matin", {"alcohol"}, set(), "fr hangover"),
    # a pregnancy by the family growing, a scan, a week count
    ("31 tc, plecy bolą", {"pregnancy"}, set(), "pl week count"),
    # English said indirectly
    ("little bean due in April 🤍", {"pregnancy"}, set(), "en due month"),
    ("revising for my mocks all weekend", {"school"}, set(), "en revision"),
    ("cap thrown, degree done", {"graduation"}, set(), "en cap thrown"),
    ("lambing season again, no sleep", {"work"}, set(), "en lambing"),
    # the owner's shop, a pet by species, a holiday by its name
    ("new stock in at the shop, come and have a look", {"work"}, set(), "en our shop"),
    ("il mio pappagallo fischia l'inno", {"pet"}, set(), "it parrot"),
    ("dovča na Krétě, konečně", {"travel"}, set(), "cs holiday"),
    # a church toured, a friend's practice, the news, a doll, a stranger's baby, others' trips
    ("zwiedzałam kościół w Lublinie", set(), {"religion"}, "pl toured"),
    ("iftar bij de buren, heerlijk gegeten", set(), {"religion"}, "nl a neighbour's iftar"),
    ("ospedale in sciopero, lo dice il telegiornale", set(), {"health"}, "it news"),
    ("boneca bebê reborn na loja, que medo", set(), {"baby"}, "pt doll"),
    ("ouders op vakantie, ik pas op de planten", set(), {"travel"}, "nl parents' trip"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[3] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    """Each class gives its signals and takes the others' away."""
    assert_reads(caption, given, taken, why)


@pytest.mark.usefixtures("rules_alone")
def test_a_family_growing_in_a_month_is_a_pregnancy_to_the_rules():
    # the rules read the family growing in March as a pregnancy; the sentence reader's store of
    # 105 DEV sets (stop 55) takes it away, at PCA 92, 96 and 100 alike (the 101-set store kept it)
    assert_reads("la famille s'agrandit en mars 🤍", {"pregnancy"}, set(), "fr family grows")


def test_last_day_names_the_years():
    """A last day is read with the years spent, in either order; someone else's is not."""
    assert last_day("Po 22 latach w kopalni dziś ostatnia szychta") == (
        "ostatnia szychta … Po 22 latach"
    )
    assert last_day("Bugün 30 yıllık öğretmenlik hayatımın son günüydü") is not None
    assert last_day("Last day of the holidays, back to school tomorrow") is None
    assert last_day("Mamma oggi ultimo giorno in banca dopo 39 anni") is None


def test_place_day_needs_a_place():
    """A capitalised place before the day; a time, a treatment or a lexicon word is none."""
    assert place_day("Algarve day 3. Sardines at the harbour") == "Algarve day 3"
    assert place_day("Roma'da 3. gün, ayaklarım bitti") == "Roma'da 3. gün"
    assert place_day("Christmas Day 2 and still eating") is None
    assert place_day("Reha Tag 10, die Physios sind streng") is None
    assert place_day("Trasloco giorno 2", frozenset({"trasloco"})) is None


def test_gig_shift_needs_two_of_app_count_and_tips():
    """An app alone is an order received; with a count or tips it is a shift."""
    assert gig_shift("glovo todo el finde, 38 pedidos") == "glovo … 38 pedidos"
    assert gig_shift("delivered 34 orders, tips were zero") == "34 orders … tips"
    assert gig_shift("Deliveroo tonight, pizza 🍕") is None
