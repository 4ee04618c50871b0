"""The household's animal beside the owner's own news (caption_pets.pets_reading), read by the
rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the animal with a definite article or a count beside the owner's news
        "It's a girl!! Born 3.14am, 7lb 2oz. Dog has been informed 💕",
        "Fiancés depuis samedi et le chat a déjà essayé de manger l'écrin 🙄💍",
        "Endlich Urlaub! Zwei Wochen Dänemark mit dem Wohnwagen und den zwei Dackeln. Bis bald!",
        "Verloofd 💍 En de kat heeft het doosje al onder de bank geschoven.",
        "Gripe A. Cama, chá, e o gato a ronronar em cima do peito.",
        "Vacances à Biarritz avec les deux carlins, ils ont détesté les vagues 🌊",
        "Ho la febbre da tre giorni e il cane non si stacca dal divano",
        "Primera noche en nuestro piso. Sin muebles, pizza en el suelo y la perra explorando cada rincón",
        # the bare animal in a language without articles
        "Zapalenie płuc. Dwa tygodnie L4. Koty szczęśliwe, że mam czas na głaskanie.",
        "Čekáme miminko 🤰 Termín v říjnu. Kočky zatím nic netuší.",
        "Migren krizleri yine başladı. Doktor yeni ilaç verdi, kediler sessizce yanımda yatıyor.",
    ],
)
def test_household_animal_beside_the_owners_news_is_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # an animal of the owner's trade, of a shelter, a stray
        "Erster Tag in der Tierklinik, der Hund von Frau Meier hatte Fieber. Neuer Job!",
        "Honeymoon in Crete, the stray cats at the taverna every night 🍷",
        "Otro turno en la protectora, los perros nuevos ya comen bien. Agotada pero feliz",
        # someone else's animal
        "Urlaub bei meiner Schwester, der Hund von ihrem Nachbarn bellt die ganze Nacht",
        "Fidanzati! Il cane di mio fratello ha portato gli anelli 💍",
        # an animal seen, not one of the household's, in a language without articles
        "Nasz Kuba pierwszy raz na biegu dla dzieci, po stu metrach zobaczył psa i stanął",
        "Ultrazvuk ve 20. týdnu: bude to kluk! Starší ségra chtěla radši psa 😂",
        # dogs brought to the office; a hangover is no tomcat; hens are a farm's
        "Venerdì in ufficio si portano i cani, io allergica starnutisco in call",
        "Kater nach der Weihnachtsfeier 🥴🍺",
        "Przeprowadziłam się na wieś pod Olsztyn. Kury, cisza, żadnych korków",
    ],
)
def test_animal_of_others_or_without_the_owners_news_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "my sister's pup doing zoomies at 2am #dogsofinstagram",
        "Die Hündin meiner Schwester hat Welpen, wer will einen?",
        "Le labrador de mon gendre a fait tomber le sapin de Noël 🎄🐕",
        "Il barboncino di mia figlia è in vacanza da me, e comanda lui 🐩",
        "El gato de mi ex sigue saliendo en mis recuerdos, Michi te extraño 🐱",
        "Minha nora trouxe o poodle dela no almoço e ele roubou o frango 😂🐩",
        "De pup van mijn zus heeft haar bank opgegeten",
        "Piesek mojej siostry śpi u nas w weekend 🐶",
        "pejsek od babičky 🐶",
        "Kuzenimin muhabbet kuşu bize emanet, ev kuş sesiyle doldu",
    ],
)
def test_animal_named_as_a_relatives_or_friends_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "my roommate's dog ate my airpods. no wait, MY dog. I adopted him on tuesday",
        "Piąta rocznica ślubu 💕 Pięć lat, dwa psy. Na weselu pies teściowej wskoczył do basenu",
    ],
)
def test_own_animal_beside_a_relatives_is_still_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the vet's, the groomer's words and the paw print beside the owner's job, degree or vote
        "Diploma di assistente veterinario preso! Lunedì inizio in ambulatorio 🩺🐾",
        "Certificado do curso de banho e tosa na mão! Agora sim, profissional 🐩✂️",
        "Gestemd ✅ Partij voor de Dieren, geen verrassing voor wie mij kent 🐾",
        "Dyplom technika weterynarii odebrany. Mama płakała, ja też 🐾🎓",
        "První den v nové práci na veterině v Plzni! Už mě pokakal papoušek",
        "Pet kuaförlüğü sertifikamı aldım! ✂️🐩 Artık resmen kuaförüm.",
        "Passed my exams, qualified vet nurse at last!! 🐾 Three years of college",
        "Pierwszy dzień w nowej pracy! Od dziś jestem groomerką w salonie na Mokotowie ✂️🐩",
    ],
)
def test_the_animal_trade_beside_the_owners_job_or_cause_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own animal named beside the trade's words, or the vet without a job told
        "Mein Hund beim Tierarzt, ich im Büro 🐾",
        "Bac obtenu avec mention bien !!! Ma chienne a eu droit à une glace aussi 🍦",
        "Zagłosowałam 🐾 a potem z psem do weterynarza",
        "Chez le véto avec Caramel, le lapin des enfants. 45 € pour couper des griffes",
        "#HomeOffice con mi compi de cuatro patas 🐾 #perrhijo",
        "Letzter Arbeitstag vor der Rente. 38 Jahre Hundesalon. Jetzt gehe ich mit meinen eigenen "
        "Hunden spazieren ✂️🐩",
    ],
)
def test_own_animal_beside_the_trades_words_is_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a shelter's animals walked, appealed or volunteered for
        "Il gattile comunale cerca volontari per il fine settimana, chi può condivida 🐱",
        "venčím psy z útulku o víkendech, dnes Brok, nejhodnější kluk",
        "Spendenaktion für das Tierheim Lindenhof, jeder Euro hilft 🐾",
        "Apel: schronisko w Krakowie szuka domów dla 60 psów po powodzi.",
        "Appello: al canile ci sono 300 cani che aspettano una famiglia, il cucciolo non è tutto",
        "Útulek v Tróji hledá dobrovolníky na venčení, přihlaste se",
    ],
)
def test_a_shelters_animals_walked_or_appealed_for_are_no_pet(caption):
    assert "pet" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own animal beside the shelter, or one adopted from it
        "Bugün barınakta gönüllüydüm, akşam eve dönünce kendi köpeklerim beni kıskançlıkla kokladı 🐕",
        "Adopted this goofball from the shelter yesterday, meet Biscuit 🐾",
        "Adoptamos a Luna en la protectora, ya es la reina del sofá 🐱",
        "Aus dem Tierheim geholt: das ist Bruno, 9 Jahre alt und sehr verfressen",
        "We adopted Biscuit from the shelter, share the love 🐶",
        "Abbiamo adottato Briciola al canile, condividete la gioia 🐶",
    ],
)
def test_own_or_adopted_animal_beside_a_shelter_is_a_pet(caption):
    assert "pet" in caption_signals(caption)
