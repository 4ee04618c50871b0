"""Simulated lives with their truth: whole archives of a person's photos, drawn at random, written
into a real output folder and scored against what exposure claims (benchmarks/lives.py).

A life (`life(seed, pool)`) has a household (the owner, most often a partner, children with faces
from ages/, sometimes a baby arriving well into the archive), a home and sometimes a move, pets,
hobbies, a religion, a health condition, politics, drinking, a workplace or a school, weekly
routines, trips, documents caught in the frame (the text rows OCR would give, in random templates
and languages, half of them in the layouts of `doc_corpus.text_lines`) and captions in one of ten languages (en es pt fr de it nl pl cs tr) with random
phrasing written for this simulator (kept apart from exposure's lexicon). Each photo carries what
the models would give: YOLO objects, the classifier's top-5 ImageNet labels with weak, varied
scores (a church seen as church 0.25, mosque 0.2, palace 0.1 ...), faces with real encodings of
../shared/data (`households.Pool`) and, where a document is in the frame, its text lines.

False friends are drawn too: guests at someone else's event, a friend's pet at the friend's home,
a one-off visit to a hospital, one party with drinks, a church seen on a trip, captions that
negate, joke or speak of others; in a life with no religion, faith named without practice
(`_faith_friends`: running jokes, a guest's church ceremony, churches seen on a trip, Christmas
markets, a friend's choir in a church). Each is recorded with the rule it must not trigger.

The truth (`Life.truth`): rule id -> True or False for every rule the simulator decides, the
household's size, the trips taken and the false friends planted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from exposure.config import Config
from exposure.store import Store
from exposure.vision.model import PhotoResult

from .doc_corpus import text_lines
from .households import CITIES, TRIPS, Pool, _near, _Person, draw_family
from .life_store import Shot, build
from .life_store import _rows as life_rows

LANGS = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "tr")
VOCABULARY = Path(__file__).resolve().parents[2] / "exposure" / "vision" / "vocabulary.yaml"


def _classes() -> tuple[dict[str, list[str]], list[str]]:
    """ImageNet class names by tag (as the classifier stores them), and names of no tag."""
    v = yaml.safe_load(VOCABULARY.read_text())
    by_tag: dict[str, list[str]] = {}
    for g in v["imagenet"]:
        by_tag.setdefault(g["tag"], []).extend(n.lower() for n in g["classes"].values())
    tagged = {n for ns in by_tag.values() for n in ns}
    return (
        {t: list(dict.fromkeys(ns)) for t, ns in by_tag.items()},
        [n for n in BACKGROUND if n not in tagged],
    )


BACKGROUND = [  # unmapped classes a phone photo of daily life shows
    "studio couch", "dining table", "wardrobe", "window shade", "jean", "sweatshirt",
    "jersey", "lampshade", "pillow", "quilt", "bannister", "sliding door", "refrigerator",
    "microwave", "plate rack", "wall clock", "television", "rocking chair", "folding chair",
    "park bench", "street sign", "traffic light", "parking meter", "umbrella", "backpack",
    "sunglasses", "suit", "miniskirt", "trench coat", "pajama", "cup", "coffee mug", "espresso",
    "water bottle", "pop bottle", "bakery", "grocery store", "sandal", "running shoe", "loafer",
    "spotlight", "barrow", "picket fence", "shopping cart", "tram", "cinema",
]  # fmt: skip
BY_TAG, BACKGROUND = _classes()
SIMILAR = {  # what else the classifier says for such a scene (weak, varied, partly wrong)
    "worship": ["palace", "castle", "dome", "vault", "bell cote", "altar", "organ", "throne"],
    "medical": ["lab coat", "bath towel", "lotion", "sunscreen", "hand blower", "bucket"],
    "alcohol": ["goblet", "pop bottle", "water bottle", "cup", "restaurant", "dining table"],
}
OBJECTS = {  # COCO objects for a topic
    "alcohol": ["wine glass", "bottle", "cup"],
    "dog": ["dog"],
    "cat": ["cat"],
    "skiing": ["skis"],
    "tennis": ["tennis racket", "sports ball"],
    "cycling": ["bicycle"],
    "surfing": ["surfboard"],
    "football": ["sports ball"],
    "boating": ["boat"],
    "office": ["laptop", "keyboard", "mouse", "tv"],
    "school": ["book", "laptop"],
    "baby": ["teddy bear"],
}
SCENES = {  # ImageNet tags (or names) for a topic
    "worship": BY_TAG["worship"],
    "medical": BY_TAG["medical"],
    "alcohol": BY_TAG["alcohol"],
    "dog": BY_TAG["dog"],
    "cat": BY_TAG["cat"],
    "skiing": BY_TAG["skiing"] + ["alp", "valley"],
    "tennis": BY_TAG["tennis"],
    "cycling": BY_TAG["cycling"],
    "surfing": ["seashore", "sandbar", "promontory"],
    "football": BY_TAG["football"],
    "boating": BY_TAG["boating"] + BY_TAG["sailing"],
    "office": BY_TAG["office"],
    "school": ["library", "bookcase", "notebook"],
    "baby": BY_TAG["baby"] + BY_TAG["baby care"],
    "party": ["balloon", "candle"],
}
STRAY = [n for t in ("worship", "medical", "alcohol", "dog", "cat", "baby") for n in BY_TAG[t]]
HOBBIES = ("skiing", "tennis", "cycling", "surfing", "football", "boating")

# Captions written for this simulator, one or two phrasings per topic and language. "{x}" is
# filled with a word of the topic. Other people, negation and jokes are false friends.
WORDS = {
    "skiing": dict(en="skiing", es="esquí", pt="esqui", fr="ski", de="Skifahren", it="sci", nl="skiën", pl="narty", cs="lyžování", tr="kayak"),
    "tennis": dict(en="tennis", es="tenis", pt="ténis", fr="tennis", de="Tennis", it="tennis", nl="tennis", pl="tenis", cs="tenis", tr="tenis"),
    "cycling": dict(en="bike ride", es="ruta en bici", pt="passeio de bicicleta", fr="sortie vélo", de="Radtour", it="giro in bici", nl="fietstocht", pl="wycieczka rowerowa", cs="projížďka na kole", tr="bisiklet turu"),
    "surfing": dict(en="surf session", es="surf", pt="surf", fr="session de surf", de="Surfen", it="surf", nl="surfen", pl="surfing", cs="surfování", tr="sörf"),
    "football": dict(en="football", es="fútbol", pt="futebol", fr="foot", de="Fußball", it="calcetto", nl="voetbal", pl="piłka nożna", cs="fotbal", tr="futbol"),
    "boating": dict(en="sailing", es="vela", pt="vela", fr="voile", de="Segeln", it="vela", nl="zeilen", pl="żeglowanie", cs="plachtění", tr="yelken"),
}  # fmt: skip
MINE = {  # the owner doing it
    "en": ["Another {x} morning, legs are done", "{x} with the usual crew"],
    "es": ["Otra mañana de {x}, ¡qué gusto!", "{x} con los de siempre"],
    "pt": ["Mais uma manhã de {x}", "{x} com a turma de sempre"],
    "fr": ["Encore une matinée de {x}", "{x} avec la bande habituelle"],
    "de": ["Wieder ein Morgen mit {x}", "{x} mit den üblichen Verdächtigen"],
    "it": ["Un'altra mattina di {x}", "{x} con la solita compagnia"],
    "nl": ["Weer een ochtend {x}", "{x} met de vaste club"],
    "pl": ["Kolejny poranek: {x}", "{x} ze stałą ekipą"],
    "cs": ["Další ráno: {x}", "{x} s partou jako vždy"],
    "tr": ["Yine bir {x} sabahı", "Her zamanki ekiple {x}"],
}
OTHERS = {  # someone else does it (a false friend for a caption reader)
    "en": ["My cousin is obsessed with {x}, not me", "Watching strangers try {x} from the café"],
    "es": ["A mi primo le encanta el {x}, a mí no", "Mirando a otros hacer {x} desde el bar"],
    "pt": ["O meu primo adora {x}, eu nem por isso", "A ver os outros no {x}"],
    "fr": ["Mon cousin ne vit que pour le {x}, pas moi", "On regarde les autres faire du {x}"],
    "de": ["Mein Cousin lebt für {x}, ich nicht", "Wir schauen anderen beim {x} zu"],
    "it": ["Mio cugino vive per il {x}, io no", "Guardiamo gli altri fare {x}"],
    "nl": ["Mijn neef is gek op {x}, ik niet", "Kijken naar anderen bij het {x}"],
    "pl": ["Mój kuzyn kocha {x}, ja nie", "Patrzymy, jak inni uprawiają {x}"],
    "cs": ["Bratranec miluje {x}, já ne", "Koukáme na ostatní při {x}"],
    "tr": ["Kuzenim {x} hastası, ben değilim", "Başkalarını {x} yaparken izliyoruz"],
}
TOPIC = {  # the owner's own words about a topic
    "religion": {
        "en": ["Sunday service, grateful as always", "Blessed morning at our parish"],
        "es": ["Misa del domingo en familia", "Domingo en nuestra parroquia, gracias a Dios"],
        "pt": ["Missa de domingo em família", "Domingo na nossa paróquia"],
        "fr": ["Messe du dimanche en famille", "Dimanche à la paroisse, merci Seigneur"],
        "de": [
            "Sonntagsgottesdienst mit der Familie",
            "Sonntag in unserer Gemeinde, Gott sei Dank",
        ],
        "it": ["Messa della domenica in famiglia", "Domenica in parrocchia"],
        "nl": ["Zondagse kerkdienst met het gezin", "Zondag in onze parochie"],
        "pl": ["Niedzielna msza z rodziną", "Niedziela w naszej parafii, Bogu dzięki"],
        "cs": ["Nedělní mše s rodinou", "Neděle v naší farnosti"],
        "tr": ["Cuma namazı sonrası huzur", "Camide bayram namazı"],
    },
    "alcohol": {
        "en": ["Friday means a cold pint", "A glass of red to end the week"],
        "es": ["Viernes de cañas", "Una copa de tinto para cerrar la semana"],
        "pt": ["Sexta-feira de cerveja gelada", "Um copo de tinto para fechar a semana"],
        "fr": ["Vendredi, apéro et bière fraîche", "Un verre de rouge pour finir la semaine"],
        "de": ["Feierabendbier am Freitag", "Ein Glas Rotwein zum Wochenende"],
        "it": ["Venerdì, birretta fresca", "Un calice di rosso per chiudere la settimana"],
        "nl": ["Vrijdagmiddagborrel met een biertje", "Een glas rode wijn na een lange week"],
        "pl": ["Piątkowe piwko", "Lampka czerwonego wina na koniec tygodnia"],
        "cs": ["Páteční pivo", "Sklenka červeného na konec týdne"],
        "tr": ["Cuma akşamı soğuk bira", "Haftayı bir kadeh şarapla kapatıyoruz"],
    },
    "health": {
        "en": ["Back at the clinic for my treatment", "Physio again, slowly getting there"],
        "es": ["Otra vez en el hospital para mi tratamiento", "Fisio otra vez, poco a poco"],
        "pt": ["De volta ao hospital para o meu tratamento", "Fisioterapia outra vez"],
        "fr": ["Retour à l'hôpital pour mon traitement", "Encore la kiné, ça avance"],
        "de": ["Wieder im Krankenhaus zur Behandlung", "Physiotherapie, es wird langsam"],
        "it": ["Di nuovo in ospedale per la mia terapia", "Fisioterapia, piano piano"],
        "nl": ["Weer naar het ziekenhuis voor mijn behandeling", "Fysio, het gaat vooruit"],
        "pl": ["Znowu w szpitalu na leczeniu", "Rehabilitacja, powoli do przodu"],
        "cs": ["Zase v nemocnici na léčbě", "Rehabilitace, pomalu to jde"],
        "tr": ["Tedavim için yine hastanedeyim", "Fizik tedavi, yavaş yavaş"],
    },
    "dog": {
        "en": ["Walkies with this good boy", "Who's a good dog?"],
        "es": ["Paseo con mi perro", "Mi perrita, la reina de la casa"],
        "pt": ["Passeio com o meu cão", "A minha cadela manda cá em casa"],
        "fr": ["Balade avec mon chien", "Ma chienne, la reine de la maison"],
        "de": ["Gassi mit meinem Hund", "Unsere Hündin regiert das Haus"],
        "it": ["Passeggiata con il mio cane", "La mia cagnolina comanda in casa"],
        "nl": ["Wandelen met mijn hond", "Onze hond is de baas in huis"],
        "pl": ["Spacer z moim psem", "Nasza sunia rządzi w domu"],
        "cs": ["Procházka s mým psem", "Naše fenka vládne doma"],
        "tr": ["Köpeğimle yürüyüş", "Evin patronu köpeğimiz"],
    },
    "cat": {
        "en": ["The cat has claimed my laptop again", "Sunday nap with my cat"],
        "es": ["Mi gato ocupa mi silla otra vez", "Siesta con mi gata"],
        "pt": ["O meu gato roubou-me a cadeira", "Sesta com a minha gata"],
        "fr": ["Mon chat a encore pris ma place", "Sieste avec ma chatte"],
        "de": ["Meine Katze hat wieder meinen Platz", "Mittagsschlaf mit dem Kater"],
        "it": ["Il mio gatto mi ha rubato il posto", "Pisolino con la mia gatta"],
        "nl": ["Mijn kat heeft mijn plek weer ingepikt", "Dutje met de kat"],
        "pl": ["Mój kot znowu zajął moje miejsce", "Drzemka z kotem"],
        "cs": ["Moje kočka mi zase vzala místo", "Odpolední spánek s kocourem"],
        "tr": ["Kedim yine yerimi kaptı", "Kedimle öğle uykusu"],
    },
    "baby": {
        "en": ["Welcome to the world, little one", "Our daughter is here"],
        "es": ["Bienvenida al mundo, pequeña", "Ya está aquí nuestro hijo"],
        "pt": ["Bem-vinda ao mundo, pequenina", "O nosso filho já chegou"],
        "fr": ["Bienvenue au monde, petite puce", "Notre fils est né"],
        "de": ["Willkommen auf der Welt, kleine Maus", "Unser Sohn ist da"],
        "it": ["Benvenuta al mondo, piccolina", "È nato nostro figlio"],
        "nl": ["Welkom op de wereld, kleintje", "Onze zoon is geboren"],
        "pl": ["Witaj na świecie, maleńka", "Nasz syn już jest z nami"],
        "cs": ["Vítej na světě, maličká", "Náš syn je na světě"],
        "tr": ["Dünyaya hoş geldin minik", "Oğlumuz doğdu"],
    },
}
STUDY = {  # the owner at school or university
    "en": ["Lectures all day, send coffee", "Exam week at uni"],
    "es": ["Clases todo el día en la facultad", "Semana de exámenes en la uni"],
    "pt": ["Aulas o dia todo na faculdade", "Semana de exames"],
    "fr": ["Cours toute la journée à la fac", "Semaine de partiels"],
    "de": ["Vorlesungen den ganzen Tag", "Prüfungswoche an der Uni"],
    "it": ["Lezioni tutto il giorno all'università", "Settimana di esami"],
    "nl": ["De hele dag colleges", "Tentamenweek op de uni"],
    "pl": ["Cały dzień wykładów na uczelni", "Sesja na studiach"],
    "cs": ["Celý den přednášky na fakultě", "Zkouškové období"],
    "tr": ["Bütün gün derste", "Üniversitede sınav haftası"],
}
SCHOOL_NAMES = ["UNIVERSITEIT LEIDEN", "UNIVERSITÉ PARIS CITÉ", "UNIVERZITA KARLOVA",
                "UNIVERSIDAD COMPLUTENSE", "UNIVERSITÀ DI BOLOGNA", "UNIWERSYTET WARSZAWSKI",
                "LICEO SCIENTIFICO", "GYMNASIUM AM MARKT", "ISTANBUL ÜNIVERSITESI"]  # fmt: skip
COMPANIES = ["NOVAK LOGISTIK GMBH", "SILVA & FILHOS LDA", "MARTIN CONSEIL S.A.", "JANSEN B.V.",
             "ROSSI SRL", "KOWALSKI SP. Z O.O.", "YILMAZ A.Ş.", "NORTHWIND LTD"]  # fmt: skip
NEGATE = {  # the owner saying they do not (a false friend for alcohol)
    "en": "No beer for me, I don't drink", "es": "Yo no bebo cerveza, gracias",
    "pt": "Eu não bebo cerveja", "fr": "Pas de bière pour moi, je ne bois pas",
    "de": "Kein Bier für mich, ich trinke nicht", "it": "Niente birra per me, non bevo",
    "nl": "Geen bier voor mij, ik drink niet", "pl": "Nie piję piwa, dziękuję",
    "cs": "Pivo ne, já nepiju", "tr": "Bira içmiyorum, teşekkürler",
}  # fmt: skip
JOKE = {  # a joke that names a church or a hospital, about nobody's faith or health
    "en": "This coffee is my religion", "es": "El café es mi religión",
    "pt": "O café é a minha religião", "fr": "Le café, c'est ma religion",
    "de": "Kaffee ist meine Religion", "it": "Il caffè è la mia religione",
    "nl": "Koffie is mijn religie", "pl": "Kawa to moja religia",
    "cs": "Káva je moje náboženství", "tr": "Kahve benim dinim",
}  # fmt: skip
FAITH_JOKES = {  # faith named as a figure of speech, about food, sport or the weather
    "en": ["Pizza is my religion", "Football is a religion in this house",
           "Praying for sun this weekend", "Worshipping the sun today",
           "Holy guacamole, that was good", "A pilgrimage to the best bakery in town",
           "Sunday mass at the stadium, our team won", "Amen to Friday cake"],
    "es": ["La pizza es mi religión", "El fútbol es sagrado en esta casa",
           "Rezando para que salga el sol", "Adorando al sol hoy", "Este jamón es bendito",
           "Peregrinación a la mejor panadería", "Misa dominical en el estadio, ¡ganamos!",
           "Amén a la tarta del viernes"],
    "pt": ["A pizza é a minha religião", "O futebol é sagrado cá em casa",
           "A rezar para que faça sol", "Adorar o sol hoje", "Bendito pastel de nata",
           "Peregrinação à melhor pastelaria", "Missa de domingo no estádio, ganhámos",
           "Ámen ao bolo de sexta"],
    "fr": ["La pizza, c'est ma religion", "Le foot est une religion ici",
           "On prie pour du soleil ce week-end", "Adorer le soleil aujourd'hui",
           "Ce fromage est une bénédiction", "Pèlerinage à la meilleure boulangerie",
           "Messe du dimanche au stade, on a gagné", "Amen au gâteau du vendredi"],
    "de": ["Pizza ist meine Religion", "Fußball ist hier heilig",
           "Wir beten für Sonne am Wochenende", "Heute wird die Sonne angebetet",
           "Gesegnet sei dieser Kuchen", "Pilgerfahrt zum besten Bäcker der Stadt",
           "Sonntagsmesse im Stadion, wir haben gewonnen", "Amen zum Freitagskuchen"],
    "it": ["La pizza è la mia religione", "Il calcio è sacro in questa casa",
           "Preghiamo per il sole questo weekend", "Adoriamo il sole oggi",
           "Benedetta questa carbonara", "Pellegrinaggio alla miglior pasticceria",
           "Messa domenicale allo stadio, abbiamo vinto", "Amen alla torta del venerdì"],
    "nl": ["Pizza is mijn religie", "Voetbal is heilig in dit huis", "Bidden voor zon dit weekend",
           "De zon aanbidden vandaag", "Gezegend zij deze stroopwafel",
           "Pelgrimstocht naar de beste bakker", "Zondagsmis in het stadion, we wonnen",
           "Amen op de vrijdagtaart"],
    "pl": ["Pizza to moja religia", "Piłka nożna to w tym domu świętość",
           "Modlimy się o słońce na weekend", "Dziś oddajemy cześć słońcu", "Błogosławione pierogi",
           "Pielgrzymka do najlepszej piekarni", "Niedzielna msza na stadionie, wygraliśmy",
           "Amen dla piątkowego ciasta"],
    "cs": ["Pizza je moje náboženství", "Fotbal je u nás svatý", "Modlíme se za slunce o víkendu",
           "Dnes uctíváme slunce", "Požehnané knedlíky", "Pouť do nejlepší pekárny",
           "Nedělní mše na stadionu, vyhráli jsme", "Amen k páteční buchtě"],
    "tr": ["Pizza benim dinim", "Futbol bu evde kutsal", "Hafta sonu güneş için dua ediyoruz",
           "Bugün güneşe tapıyoruz", "Bu baklava kutsal", "En iyi fırına hac yolculuğu",
           "Stadyumda cuma namazı gibi, kazandık", "Cuma pastasına amin"],
}  # fmt: skip
CEREMONY = {  # a guest at someone else's wedding, baptism or funeral, at a church
    "en": ["Congratulations to Anna and Tom, what a beautiful church wedding",
           "Little Sofia's baptism today, proud godparents",
           "Saying goodbye to uncle Jan, a moving service"],
    "es": ["Enhorabuena a Ana y Tomás, qué boda tan bonita en la iglesia",
           "Bautizo de la pequeña Sofía", "Despedida del tío Juan en la iglesia"],
    "pt": ["Parabéns à Ana e ao Tomás, que casamento lindo na igreja",
           "Batizado da pequena Sofia", "Despedida do tio João na igreja"],
    "fr": ["Félicitations à Anna et Tom, quel beau mariage à l'église",
           "Baptême de la petite Sofia", "Adieu à l'oncle Jean, une belle cérémonie à l'église"],
    "de": ["Glückwunsch an Anna und Tom, eine wunderschöne Trauung in der Kirche",
           "Taufe der kleinen Sofia", "Abschied von Onkel Jan, eine bewegende Trauerfeier"],
    "it": ["Auguri ad Anna e Tommaso, che bel matrimonio in chiesa",
           "Battesimo della piccola Sofia", "L'ultimo saluto allo zio Gianni in chiesa"],
    "nl": ["Gefeliciteerd Anna en Tom, wat een mooie bruiloft in de kerk",
           "Doop van kleine Sofia", "Afscheid van oom Jan in de kerk"],
    "pl": ["Gratulacje dla Anny i Tomka, piękny ślub w kościele", "Chrzest małej Zosi",
           "Pożegnanie wujka Jana w kościele"],
    "cs": ["Gratulujeme Anně a Tomášovi, krásná svatba v kostele", "Křtiny malé Sofie",
           "Rozloučení se strýcem Janem v kostele"],
    "tr": ["Ayşe ve Mehmet'i tebrik ederiz, ne güzel bir düğün", "Kuzenimin nikahı camide",
           "Amcamızı son yolculuğuna uğurladık, camide cenaze namazı"],
}  # fmt: skip
SIGHTS = {  # churches seen as sights on a trip
    "en": ["The cathedral was stunning", "Another old church, the frescoes!",
           "Climbed the basilica dome"],
    "es": ["La catedral es impresionante", "Otra iglesia antigua, ¡qué frescos!",
           "Subimos a la cúpula de la basílica"],
    "pt": ["A catedral é impressionante", "Mais uma igreja antiga, que frescos!",
           "Subimos à cúpula da basílica"],
    "fr": ["La cathédrale est magnifique", "Encore une vieille église, ces fresques !",
           "On a grimpé au dôme de la basilique"],
    "de": ["Der Dom ist atemberaubend", "Noch eine alte Kirche, diese Fresken!",
           "Auf die Kuppel der Basilika geklettert"],
    "it": ["La cattedrale è stupenda", "Un'altra chiesa antica, che affreschi!",
           "Saliti sulla cupola della basilica"],
    "nl": ["De kathedraal is prachtig", "Weer een oude kerk, die fresco's!",
           "De koepel van de basiliek beklommen"],
    "pl": ["Katedra robi wrażenie", "Kolejny stary kościół, te freski!",
           "Weszliśmy na kopułę bazyliki"],
    "cs": ["Katedrála je úchvatná", "Další starý kostel, ty fresky!",
           "Vylezli jsme na kopuli baziliky"],
    "tr": ["Ayasofya muhteşemdi", "Bir eski cami daha, çiniler harika", "Katedrali gezdik"],
}  # fmt: skip
XMAS = {  # a Christmas market, most Decembers
    "en": ["Christmas market with the kids", "Christmas lights in town",
           "Gingerbread at the Christmas market"],
    "es": ["Mercadillo de Navidad con los peques", "Luces de Navidad en el centro"],
    "pt": ["Mercado de Natal com os miúdos", "Luzes de Natal na baixa"],
    "fr": ["Marché de Noël avec les enfants", "Les illuminations de Noël en ville"],
    "de": ["Weihnachtsmarkt mit den Kindern", "Lebkuchen auf dem Weihnachtsmarkt"],
    "it": ["Mercatino di Natale con i bimbi", "Luci di Natale in centro"],
    "nl": ["Kerstmarkt met de kinderen", "Kerstverlichting in de stad"],
    "pl": ["Jarmark bożonarodzeniowy z dziećmi", "Świąteczne światełka w mieście"],
    "cs": ["Vánoční trhy s dětmi", "Vánoční osvětlení ve městě"],
    "tr": ["Yılbaşı pazarı gezisi", "Şehirde yılbaşı ışıkları"],
}  # fmt: skip
CHOIR = {  # a friend's choir singing in a church near home
    "en": ["Our friend's choir concert in St. Mary's church",
           "Bach concert at the old church, lovely acoustics"],
    "es": ["Concierto del coro de mi amiga en la iglesia", "Concierto de Bach en la iglesia vieja"],
    "pt": ["Concerto do coro da minha amiga na igreja", "Concerto de Bach na igreja velha"],
    "fr": ["Concert de la chorale d'une amie à l'église", "Concert Bach à la vieille église"],
    "de": ["Chorkonzert einer Freundin in der Kirche", "Bachkonzert in der alten Kirche"],
    "it": ["Concerto del coro di un'amica in chiesa", "Concerto di Bach nella chiesa vecchia"],
    "nl": ["Koorconcert van een vriendin in de kerk", "Bachconcert in de oude kerk"],
    "pl": ["Koncert chóru koleżanki w kościele", "Koncert Bacha w starym kościele"],
    "cs": ["Koncert sboru kamarádky v kostele", "Bachův koncert ve starém kostele"],
    "tr": ["Arkadaşımın korosunun konseri", "Eski kilisede Bach konseri"],
}  # fmt: skip
PLAIN = {  # captions that say nothing a rule reads
    "en": ["Golden hour", "Lazy weekend", "Good times", "Home sweet home", "Finally spring"],
    "es": ["Hora dorada", "Finde tranquilo", "Buenos ratos", "Por fin primavera"],
    "pt": ["Hora dourada", "Fim de semana calmo", "Bons momentos", "Finalmente primavera"],
    "fr": ["Heure dorée", "Week-end tranquille", "Bons moments", "Enfin le printemps"],
    "de": ["Goldene Stunde", "Ruhiges Wochenende", "Schöne Zeit", "Endlich Frühling"],
    "it": ["Ora d'oro", "Weekend tranquillo", "Bei momenti", "Finalmente primavera"],
    "nl": ["Gouden uurtje", "Rustig weekend", "Mooie tijden", "Eindelijk lente"],
    "pl": ["Złota godzina", "Leniwy weekend", "Dobre chwile", "Wreszcie wiosna"],
    "cs": ["Zlatá hodinka", "Líný víkend", "Pěkné chvíle", "Konečně jaro"],
    "tr": ["Altın saat", "Tembel hafta sonu", "Güzel anlar", "Nihayet bahar"],
}

# Documents: the text rows OCR gives for a boarding pass, an identity card and a letter.
CITY_NAMES = {(38.72, -9.14): ("LISBON", "LIS"), (41.90, 12.50): ("ROME", "FCO"),
              (37.98, 23.73): ("ATHENS", "ATH"), (35.68, 139.65): ("TOKYO", "NRT"),
              (40.42, -3.70): ("MADRID", "MAD")}  # fmt: skip
HOME_AIRPORT = ["AMS", "CDG", "PRG", "BCN", "MXP", "WAW"]  # CITIES' airports, same order
BOARDING_WORD = {"en": "BOARDING PASS", "fr": "CARTE D'EMBARQUEMENT", "de": "BORDKARTE",
                 "es": "TARJETA DE EMBARQUE", "pt": "CARTÃO DE EMBARQUE", "it": "CARTA D'IMBARCO",
                 "nl": "INSTAPKAART", "pl": "KARTA POKŁADOWA", "cs": "PALUBNÍ VSTUPENKA",
                 "tr": "BİNİŞ KARTI"}  # fmt: skip
ID_WORD = {"en": "IDENTITY CARD", "fr": "CARTE NATIONALE D'IDENTITÉ", "de": "PERSONALAUSWEIS",
           "es": "DOCUMENTO NACIONAL DE IDENTIDAD", "pt": "CARTÃO DE CIDADÃO",
           "it": "CARTA D'IDENTITÀ", "nl": "IDENTITEITSKAART", "pl": "DOWÓD OSOBISTY",
           "cs": "OBČANSKÝ PRŮKAZ", "tr": "KİMLİK KARTI"}  # fmt: skip
STREETS = {"en": ("{n} Mill Road", "CB1 2AD Cambridge"), "fr": ("{n} rue des Lilas", "75011 Paris"),
           "de": ("Lindenstraße {n}", "10115 Berlin"), "es": ("Calle Mayor {n}", "28013 Madrid"),
           "pt": ("Rua das Flores {n}", "1200-195 Lisboa"), "it": ("Via Roma {n}", "20121 Milano"),
           "nl": ("Keizersgracht {n}", "1015 CJ Amsterdam"), "pl": ("ul. Długa {n}", "00-238 Warszawa"),
           "cs": ("Dlouhá {n}", "110 00 Praha"), "tr": ("Atatürk Caddesi No {n}", "34000 İstanbul")}  # fmt: skip
SURNAMES = ["NOVAK", "SILVA", "MARTIN", "MULLER", "ROSSI", "JANSEN", "KOWALSKI", "YILMAZ", "GARCIA"]
GIVEN = ["ANNA", "JAN", "MARIA", "PETRA", "LUCA", "EMMA", "AHMET", "SOFIA", "TOMAS"]


PHRASES = ("WORDS", "MINE", "OTHERS", "TOPIC", "STUDY", "NEGATE", "JOKE", "PLAIN")
MORE_PHRASES = ("BOARDING_WORD", "ID_WORD", "STREETS", "COMPANIES", "SCHOOL_NAMES")
FAITH_PHRASES = ("FAITH_JOKES", "CEREMONY", "SIGHTS", "XMAS", "CHOIR")  # drawn only when present
HELDOUT = "tests.builders.lives_words_heldout"
# the phrase banks written apart from this module, by the name `--words` gives them
BANKS = {"heldout": HELDOUT, "heldout2": "tests.builders.lives_words_heldout2"}


def phrase_banks(words: str = "own") -> dict:
    """The phrase banks a life's captions and documents are drawn from, by name (PHRASES and
    MORE_PHRASES): this module's own (`words="own"`), or those of a module of BANKS (`words=
    "heldout"`, "heldout2": written apart, with the same names and structure; a name of
    MORE_PHRASES it lacks is taken from here, one of FAITH_PHRASES it lacks is left out, and the
    false friends of those banks are then not drawn). ValueError, in one line, when it is
    missing."""
    own = {n: globals()[n] for n in PHRASES + MORE_PHRASES + FAITH_PHRASES}
    if words == "own":
        return own
    if words not in BANKS:
        names = ", ".join(repr(w) for w in ("own", *BANKS))
        raise ValueError(f"words must be one of {names}, not {words!r}")
    import importlib

    module = BANKS[words]
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name not in (module, module.rsplit(".", 1)[0]):
            raise
        path = module.replace(".", "/") + ".py"
        raise ValueError(
            f"--words {words}: no module {module} ({path}), "
            "which holds the held-out phrase banks; it is written apart from this branch"
        ) from None
    lacking = [n for n in PHRASES if not hasattr(mod, n)]
    if lacking:
        raise ValueError(f"{mod.__file__}: lacks the phrase banks {', '.join(lacking)}")
    own = {n: b for n, b in own.items() if n not in FAITH_PHRASES or hasattr(mod, n)}
    return own | {n: getattr(mod, n) for n in own if hasattr(mod, n)}


@dataclass
class LifeShot(Shot):
    """A `Shot` with what the other models and the export give: the classifier's labels (name,
    score), the text lines read in the photo, and the post's caption."""

    labels: tuple[tuple[str, float], ...] = ()
    texts: tuple[str, ...] = ()
    caption: str = ""
    scores: tuple[float, ...] = ()  # one per object; 0.9 where missing


@dataclass
class Life:
    """A simulated life: its shots, who each face is, and its truth (see the module)."""

    seed: int
    lang: str
    shots: list[LifeShot]
    who: list[list[str]]
    truth: dict[str, bool]
    size: int
    trips: int
    false_friends: list[tuple[str, str]] = field(default_factory=list)  # (rule id, what)
    notes: list[str] = field(default_factory=list)


class _Draw:
    """The random draws of one life: labels, objects, captions and documents."""

    def __init__(self, rng: np.random.Generator, lang: str, banks: dict | None = None):
        self.rng, self.lang = rng, lang
        self.w = banks or phrase_banks()

    def pick(self, xs):
        return xs[int(self.rng.integers(len(xs)))]

    def labels(self, topic: str | None, strength: float = 1.0) -> tuple[tuple[str, float], ...]:
        """Top-5 ImageNet labels: for a topic, one to three of its classes (the best at 0.1-0.6
        times `strength`) among similar and background classes; else background alone."""
        r = self.rng
        names: list[str] = []
        if topic:
            own = SCENES[topic]
            k = min(len(own), int(r.integers(1, 4)))
            names += [own[i] for i in r.choice(len(own), k, replace=False)]
        pool = SIMILAR.get(topic or "", []) + BACKGROUND
        while len(names) < 5:
            n = self.pick(pool)
            if n not in names:
                names.append(n)
        if topic:  # the topic's classes first, others shuffled after
            rest = names[k:]
            r.shuffle(rest)
            names = names[:k] + rest
            if r.random() < 0.35:  # the classifier ranks something else first
                names[0], names[k] = names[k], names[0]
        else:
            r.shuffle(names)
        if r.random() < 0.04:  # a stray class of some tag, as real classifiers give now and then
            names[4] = self.pick(STRAY)
        top = r.uniform(0.1, 0.6) * (strength if topic else 1)
        scores = sorted([top, *r.uniform(0.02, max(0.03, top), 4)], reverse=True)
        return tuple((n, round(float(s), 3)) for n, s in zip(names, scores))

    def objects(self, topic: str | None, p: float = 0.7) -> tuple[tuple[str, ...], tuple]:
        """COCO objects of a topic (each seen with probability p, at 0.3-0.9)."""
        found = [o for o in OBJECTS.get(topic or "", []) if self.rng.random() < p]
        return tuple(found), tuple(round(float(self.rng.uniform(0.3, 0.9)), 3) for _ in found)

    def caption(self, table: dict, p: float) -> str:
        """A caption of `table` in the life's language (or English), with probability p."""
        if self.rng.random() >= p:
            return ""
        lang = "en" if self.rng.random() < 0.15 else self.lang
        got = table[lang]
        return got if isinstance(got, str) else self.pick(got)

    def hobby_caption(self, hobby: str, table: dict, p: float) -> str:
        if self.rng.random() >= p:
            return ""
        lang = "en" if self.rng.random() < 0.15 else self.lang
        return self.pick(table[lang]).format(x=self.w["WORDS"][hobby][lang])

    def boarding(self, day: pd.Timestamp, home_code: str, dest: tuple[str, str]) -> tuple:
        """The text lines of a boarding pass, in a random template and language."""
        r, lang = self.rng, self.lang if self.rng.random() < 0.5 else "en"
        name = f"{self.pick(SURNAMES)}/{self.pick(GIVEN)}"
        flight = f"{self.pick(['KL', 'AF', 'LH', 'IB', 'TP', 'AZ', 'LO', 'OK', 'TK'])}{r.integers(100, 9999)}"
        date = f"{day:%d}{day:%b}".upper() if r.random() < 0.5 else f"{day:%d.%m.%Y}"
        route = (
            f"{home_code} → {dest[1]}"
            if r.random() < 0.5
            else f"FROM {home_code} TO {dest[0]} {dest[1]}"
        )
        lines = [
            self.w["BOARDING_WORD"][lang],
            name,
            route,
            f"FLIGHT {flight}",
            date,
            f"SEAT {r.integers(1, 40)}{self.pick('ABCDEF')}",
        ]
        if r.random() < 0.5:
            lines.append(f"GATE {self.pick('ABCDEFG')}{r.integers(1, 60)}")
        return tuple(lines)

    def identity(self) -> tuple:
        r = self.rng
        sur, giv = self.pick(SURNAMES), self.pick(GIVEN)
        number = f"{self.pick('CLTXY')}{r.integers(1000000, 9999999)}"
        lines = [
            self.w["ID_WORD"][self.lang],
            sur,
            giv,
            number,
            f"{r.integers(1, 28):02d}.{r.integers(1, 12):02d}.{r.integers(1960, 2004)}",
        ]
        if r.random() < 0.5:
            code = self.pick(["D", "FRA", "NLD", "ESP", "ITA", "POL", "CZE", "PRT", "TUR", "GBR"])
            lines += [f"ID{code:<<3}{number}<<<<<<<<<<<<<<<"[:30], f"{sur}<<{giv}".ljust(30, "<")]
        return tuple(lines)

    def letter(self) -> tuple:
        street, town = self.w["STREETS"][self.lang]
        return (
            f"{self.pick(GIVEN).title()} {self.pick(SURNAMES).title()}",
            street.format(n=self.rng.integers(1, 120)),
            town,
        )


DAY = pd.Timedelta(days=1)


def _away(rng: np.random.Generator, at: tuple[float, float], km: float) -> tuple[float, float]:
    """A point `km` from `at` in a random direction."""
    a = rng.uniform(0, 2 * np.pi)
    return (at[0] + km / 111 * np.sin(a), at[1] + km / 111 * np.cos(a) / np.cos(np.radians(at[0])))


def life(seed: int, pool: Pool, words: str = "own") -> Life:
    """One simulated life (see the module's docstring); the same `seed`, the same life. `words`:
    whose phrase banks its captions and documents use (`phrase_banks`: "own", "heldout", ...)."""
    w = phrase_banks(words)
    rng = np.random.default_rng(seed)
    lang = LANGS[int(rng.integers(len(LANGS)))]
    d = _Draw(rng, lang, w)
    f = draw_family(rng, pool)  # the same odds as a simulated household's
    owner, family, friends, guests = f.owner, f.members, f.friends, f.guests
    start = pd.Timestamp("2016-01-04") + pd.Timedelta(days=int(rng.integers(0, 1500)))
    days = int(rng.integers(int(2.5 * 365), 4 * 365))
    end = start + pd.Timedelta(days=days)
    city = int(rng.integers(len(CITIES)))
    homes = [(start, _near(rng, CITIES[city], 3))]
    truth: dict[str, bool] = {}
    truth["life_events.new_home"] = bool(rng.random() < 0.3)
    if truth["life_events.new_home"]:
        homes.append(
            (
                start + pd.Timedelta(days=int(days * rng.uniform(0.4, 0.7))),
                _near(rng, CITIES[city], 6),
            )
        )
    baby = None
    truth["life_events.new_baby"] = bool(len(family) > 1 and rng.random() < 0.25)
    if truth["life_events.new_baby"]:
        born = start + pd.Timedelta(days=int(days * rng.uniform(0.35, 0.6)))
        k = f.spare[int(rng.integers(len(f.spare)))]
        baby = (born, _Person(f"baby-{k}", [pool.children[k]], rng))
    truth["pets.dog"] = bool(rng.random() < 0.3)
    truth["pets.cat"] = bool(rng.random() < 0.25)
    hobbies = [h for h in HOBBIES if rng.random() < 0.2]
    for h in HOBBIES:
        truth[f"hobbies.{h}"] = h in hobbies
    for s, p in (("religion", 0.3), ("health", 0.2), ("politics", 0.2), ("alcohol", 0.35)):
        truth[f"sensitive.{s}"] = bool(rng.random() < p)
    job = rng.choice(["work", "school", "none"], p=[0.45, 0.2, 0.35])
    truth["location.work"], truth["location.school"] = job == "work", job == "school"
    n_trips = int(rng.integers(0, 5))
    truth["documents.travel"] = bool(n_trips and rng.random() < 0.5)
    truth["documents.identity"] = bool(rng.random() < 0.2)
    truth["documents.address"] = bool(rng.random() < 0.2)

    shots: list[LifeShot] = []
    who: list[list[str]] = []
    ff: list[tuple[str, str]] = []

    def home_at(day):
        return [h for t, h in homes if t <= day][-1]

    def at_home(day):
        out = [p for p in family if rng.random() < (0.7 if p is owner else 0.55)]
        if baby and day >= baby[0] and rng.random() < 0.8:
            out.append(baby[1])
        return out

    def take(
        day,
        hour,
        at,
        people,
        n=1,
        topic=None,
        strength=1.0,
        caption="",
        texts=(),
        p_obj=0.7,
        minute=None,
    ):
        for k in range(n):
            shown = [p for p in people if rng.random() < 0.6][:4]
            order = list(rng.permutation(len(shown)))
            shown = [shown[i] for i in order]
            t = (day - start).days / days
            objs, scores = d.objects(topic, p_obj)
            m = (7 * k + (minute or 0)) % 60
            shots.append(
                LifeShot(
                    f"{day:%Y-%m-%d} {hour:02d}:{m:02d}",
                    _near(rng, at, 0.03) if at else None,
                    objs,
                    [p.face(t) for p in shown],
                    labels=d.labels(topic, strength),
                    texts=tuple(texts) if k == 0 else (),
                    caption=caption if k == 0 else "",
                    scores=scores,
                )
            )
            who.append([p.name for p in shown])

    def weekly(weekday, every, p_skip=0.2):
        """Days on `weekday` (0 Monday) every `every` weeks over the archive."""
        first = start + pd.Timedelta(days=(weekday - start.weekday()) % 7)
        out, day = [], first
        while day < end:
            if rng.random() > p_skip:
                out.append(day)
            day += pd.Timedelta(weeks=every)
        return out

    # daily life at home: evenings and weekends
    for dd in sorted(set(rng.choice(days, int(days / 6), replace=False).tolist())):
        day = start + pd.Timedelta(days=dd)
        ppl = at_home(day) or [owner]
        take(
            day,
            int(rng.integers(18, 22)),
            home_at(day),
            ppl,
            int(rng.integers(1, 3)),
            caption=d.caption(w["PLAIN"], 0.2),
        )
    # pets at home, most weeks
    for pet in ("dog", "cat"):
        if truth[f"pets.{pet}"]:
            for day in weekly(
                int(rng.integers(7)), int(rng.integers(2, 5)), rng.uniform(0.4, 0.85)
            ):
                take(
                    day,
                    17,
                    home_at(day),
                    [owner],
                    1,
                    topic=pet,
                    caption=d.caption(w["TOPIC"][pet], 0.15),
                )
    # a baby arriving
    if baby:
        born = baby[0]
        take(
            born,
            10,
            _near(rng, home_at(born), 2),
            [owner, family[1], baby[1]],
            3,
            topic="baby",
            caption=d.caption(w["TOPIC"]["baby"], 0.9),
        )
        for day in weekly(int(rng.integers(7)), 1, 0.3):
            if day > born:
                take(
                    day,
                    11,
                    home_at(day),
                    [owner, baby[1], *family[1:2]],
                    1,
                    topic="baby" if rng.random() < 0.4 else None,
                )
    # hobbies: a place, a weekday, weekly or in seasons
    for h in hobbies:
        where = _near(rng, homes[0][1], 8) if h not in ("skiing", "surfing") else None
        wd = int(rng.choice([1, 2, 3, 5, 6]))
        if h in ("skiing", "surfing"):  # trips to the mountains or the coast, in several seasons
            spot = _away(rng, homes[0][1], 40)  # a day's drive, not a trip (> 100 km)
            for year in range(start.year, end.year + 1):
                for _ in range(int(rng.integers(1, 3))):
                    day = pd.Timestamp(
                        f"{year}-{'02' if h == 'skiing' else '07'}-{int(rng.integers(1, 25)):02d}"
                    )
                    if start <= day < end:
                        for k in range(2):
                            take(
                                day + k * DAY,
                                11,
                                spot,
                                [owner, *friends[:1]],
                                2,
                                topic=h,
                                caption=d.hobby_caption(h, w["MINE"], 0.3),
                            )
        else:
            for day in weekly(wd, int(rng.integers(1, 3)), rng.uniform(0.4, 0.8)):
                take(
                    day,
                    int(rng.integers(9, 19)) if wd >= 5 else 19,
                    where,
                    [owner, *friends],
                    1,
                    topic=h,
                    caption=d.hobby_caption(h, w["MINE"], 0.2),
                )
    # religion: a place of worship on most Sunday (or Friday) mornings, seen weakly
    if truth["sensitive.religion"]:
        church = _near(rng, homes[0][1], 2)
        wd = 4 if lang == "tr" else 6
        strength = rng.uniform(0.4, 0.8)
        for day in weekly(wd, 1, rng.uniform(0.5, 0.85)):
            take(
                day,
                10 if wd == 6 else 13,
                church,
                [owner, *family[1:]],
                1,
                topic="worship",
                strength=strength,
                caption=d.caption(w["TOPIC"]["religion"], 0.15),
                p_obj=0,
            )
    # health: months of treatment, medical things seen weakly, a prescription read now and then
    if truth["sensitive.health"]:
        clinic = _near(rng, homes[0][1], 4)
        first = start + pd.Timedelta(days=int(rng.integers(30, days // 2)))
        gap = int(rng.integers(2, 30))  # three weeks of daily care, or a year of check-ups
        for k in range(int(rng.integers(4, 12))):
            day = first + pd.Timedelta(days=int(k * gap + rng.integers(0, 2)))
            text = (
                (
                    d.pick(
                        [
                            "APOTHEKE",
                            "PHARMACY",
                            "FARMACIA",
                            "APTEKA",
                            "LÉKÁRNA",
                            "ECZANE",
                            "APOTHEEK",
                        ]
                    ),
                    f"{rng.integers(5, 500)} mg",
                    "1-0-1",
                )
                if rng.random() < 0.3
                else ()
            )
            take(
                day,
                9,
                clinic if rng.random() < 0.6 else home_at(day),
                [owner],
                1,
                topic="medical",
                strength=rng.uniform(0.4, 0.8),
                caption=d.caption(w["TOPIC"]["health"], 0.2),
                texts=text,
                p_obj=0,
            )
    # politics: placards at protests in several months
    if truth["sensitive.politics"]:
        slogans = [
            "NO WAR",
            "CLIMATE JUSTICE NOW",
            "KEIN KRIEG",
            "HUELGA GENERAL",
            "SOLIDARNOŚĆ",
            "GRÈVE",
            "VOTE FOR CHANGE",
            "REFUGEES WELCOME",
        ]
        for _ in range(int(rng.integers(2, 6))):
            day = start + pd.Timedelta(days=int(rng.integers(0, days)))
            take(
                day, 14, _near(rng, homes[0][1], 3), [owner, *friends], 2, texts=(d.pick(slogans),)
            )
    # drinking: evenings with drinks on many days
    if truth["sensitive.alcohol"]:
        bar = _near(rng, homes[0][1], 2)
        for day in weekly(4, int(rng.integers(1, 3)), rng.uniform(0.5, 0.85)):
            if rng.random() < 0.5:  # at a bar with friends, or at home with the family
                take(
                    day,
                    21,
                    bar,
                    [owner, *friends],
                    1,
                    topic="alcohol",
                    strength=0.8,
                    caption=d.caption(w["TOPIC"]["alcohol"], 0.15),
                )
            else:
                take(
                    day,
                    21,
                    home_at(day),
                    at_home(day) or [owner],
                    1,
                    topic="alcohol",
                    strength=0.8,
                    caption=d.caption(w["TOPIC"]["alcohol"], 0.15),
                )
    # work or school: weekday daytimes at one place
    if job != "none":
        place = _near(rng, homes[0][1], 7)
        topic = "office" if job == "work" else "school"
        name = d.pick(w["COMPANIES"] if job == "work" else w["SCHOOL_NAMES"])
        for wd in rng.choice(5, 3, replace=False):
            for day in weekly(int(wd), int(rng.integers(1, 4)), rng.uniform(0.5, 0.8)):
                said = d.caption(w["STUDY"], 0.1) if job == "school" else ""
                text = (name,) if rng.random() < 0.1 else ()
                take(
                    day,
                    int(rng.integers(9, 17)),
                    place,
                    [owner],
                    1,
                    topic=topic if rng.random() < 0.6 else None,
                    caption=said,
                    texts=text,
                )
    # trips: three to six days far away
    trip_days = sorted(rng.choice(days - 10, n_trips, replace=False).tolist()) if n_trips else []
    trip_dests, spans = [], []
    for k, td in enumerate(trip_days):
        dest = TRIPS[int(rng.integers(len(TRIPS)))]
        trip_dests.append(dest)
        day = start + pd.Timedelta(days=td)
        if truth["documents.travel"] and k == 0:
            take(
                day,
                7,
                home_at(day),
                [owner],
                1,
                texts=d.boarding(day, HOME_AIRPORT[city], CITY_NAMES[dest]),
                p_obj=0,
            )
        n_days = int(rng.integers(3, 7))
        spans.append((td, td + n_days - 1))
        for j in range(n_days):
            take(day + j * DAY, 12, _near(rng, dest, 3), family, 2)
    # documents at home: half of them in the layouts of doc_corpus (cards, passports, licences,
    # letters and parcel labels), drawn from a stream of their own so that the rest of the life
    # stays as it was drawn before
    papers = np.random.default_rng([seed, 23])
    for rule, make in (("documents.identity", d.identity), ("documents.address", d.letter)):
        if truth[rule]:
            day = start + pd.Timedelta(days=int(rng.integers(0, days)))
            lines = make()
            if papers.random() < 0.5:
                lines = text_lines(rule.split(".")[1], lang, int(papers.integers(2**31)))
            take(day, 20, home_at(day), [], 1, texts=lines, p_obj=0)

    # false friends
    for _ in range(int(rng.integers(1, 4))):
        what = d.pick(
            [
                "wedding",
                "friend_pet",
                "hospital",
                "party",
                "trip_church",
                "negate",
                "others",
                "joke",
            ]
        )
        day = start + pd.Timedelta(days=int(rng.integers(10, days - 10)))
        if what == "wedding" and guests:  # guests at someone else's wedding, in a church
            come = [guests.pop() for _ in range(min(len(guests), 3))]
            take(day, 13, _near(rng, homes[0][1], 20), [owner, *come], 4, topic="worship", p_obj=0)
            take(day, 22, _near(rng, homes[0][1], 20), [owner, *come], 3, topic="alcohol")
            ff += [("sensitive.religion", what), ("sensitive.alcohol", what)]
        elif what == "friend_pet" and not truth["pets.dog"]:  # a friend's dog, two visits
            fh = _near(rng, homes[0][1], 4)
            for k in range(2):
                take(day + pd.Timedelta(days=40 * k), 16, fh, [owner, *friends[:1]], 2, topic="dog")
            ff.append(("pets.dog", what))
        elif what == "hospital" and not truth["sensitive.health"]:  # visiting someone once
            take(
                day,
                15,
                _near(rng, homes[0][1], 5),
                [owner],
                3,
                topic="medical",
                texts=("HOSPITAL",),
            )
            ff.append(("sensitive.health", what))
        elif what == "party" and not truth["sensitive.alcohol"]:  # one party with drinks
            come = [guests.pop() for _ in range(min(len(guests), 2))]
            take(
                day,
                22,
                home_at(day),
                [owner, *come],
                5,
                topic="alcohol",
                caption=d.caption(w["PLAIN"], 1),
            )
            ff.append(("sensitive.alcohol", what))
        elif what == "trip_church" and trip_days and not truth["sensitive.religion"]:
            tday = start + pd.Timedelta(days=trip_days[0] + 1)
            dest = TRIPS[0]
            take(tday, 11, _near(rng, dest, 2), [owner], 3, topic="worship")
            ff.append(("sensitive.religion", what))
        elif what == "negate" and not truth["sensitive.alcohol"]:
            for k in range(3):
                take(
                    day + pd.Timedelta(days=35 * k),
                    20,
                    home_at(day),
                    [owner],
                    1,
                    caption=w["NEGATE"][d.lang],
                )
            ff.append(("sensitive.alcohol", what))
        elif what == "others":
            h = d.pick([h for h in HOBBIES if h not in hobbies] or list(HOBBIES))
            if h not in hobbies:
                for k in range(3):
                    take(
                        day + pd.Timedelta(days=30 * k),
                        15,
                        home_at(day),
                        [owner],
                        1,
                        caption=d.hobby_caption(h, w["OTHERS"], 1),
                    )
                ff.append((f"hobbies.{h}", what))
        elif what == "joke" and not truth["sensitive.religion"]:
            for k in range(3):
                take(
                    day + pd.Timedelta(days=45 * k),
                    9,
                    home_at(day),
                    [owner],
                    1,
                    caption=w["JOKE"][d.lang],
                )
            ff.append(("sensitive.religion", what))
    if not truth["sensitive.religion"]:
        # faith named without practice, drawn from a stream of its own so that the rest of the
        # life stays as it was drawn before these were added
        rng = np.random.default_rng([seed, 22])
        d = _Draw(rng, lang, w)
        trips_at = [(start + pd.Timedelta(days=td), t) for td, t in zip(trip_days, trip_dests)]
        ff += _faith_friends(rng, d, take, start, days, homes[0][1], home_at, owner, guests,
                             trips_at)  # fmt: skip

    order = sorted(range(len(shots)), key=lambda i: shots[i].when)
    size = len(family) + (1 if baby else 0)
    return Life(
        seed,
        lang,
        [shots[i] for i in order],
        [who[i] for i in order],
        truth,
        size,
        journeys(spans),
        ff,
    )


FAITH_FRIENDS = ("jokes", "ceremony", "sights", "xmas", "choir")


def journeys(spans: list[tuple[int, int]]) -> int:
    """How many journeys the trips' (first day, last day) spans make: a trip that starts on or
    before the day after another ends (Athens, then Madrid the next morning) is one journey with
    two legs, as `places.trips` counts it (a day only at home ends a trip)."""
    out, last = 0, None
    for first, end in sorted(spans):
        if last is None or first > last + 1:
            out += 1
        last = end if last is None else max(last, end)
    return out


def _faith_friends(rng, d, take, start, days, home, home_at, owner, guests, trips) -> list:
    """Faith named without practice, none to two kinds of FAITH_FRIENDS in a life with no
    religion: figurative jokes on several posts months apart, a guest's day at a church
    (wedding, baptism, funeral) with a caption about the others, churches seen as sights on a
    trip with captions, a Christmas market most Decembers, a friend's choir singing in a church
    near home once or twice. [(rule id, what)] for each drawn; none when the life's phrase
    banks lack FAITH_PHRASES."""
    if not set(FAITH_PHRASES) <= set(d.w):  # phrase banks written apart that lack them
        return []
    drawn = [f for f in FAITH_FRIENDS if rng.random() < 0.25]
    out = []
    for what in drawn:
        day0 = start + pd.Timedelta(days=int(rng.integers(10, days - 200)))
        if what == "jokes":  # a running joke or two, told again on later posts
            day, told = day0, [d.caption(d.w["FAITH_JOKES"], 1) for _ in range(2)]
            for _ in range(int(rng.integers(2, 5))):
                take(day, int(rng.integers(8, 22)), home_at(day), [owner], 1, caption=d.pick(told))
                day += pd.Timedelta(days=int(rng.integers(15, 70)))
        elif what == "ceremony":
            come = guests[:3]
            at = _away(rng, home, rng.uniform(3, 25))
            take(day0, 12, at, [owner, *come], int(rng.integers(2, 6)), topic="worship",
                 caption=d.caption(d.w["CEREMONY"], 0.8), p_obj=0)  # fmt: skip
        elif what == "sights" and trips:
            tday, dest = trips[int(rng.integers(len(trips)))]
            for k in range(int(rng.integers(1, 3))):
                take(tday + (k + 1) * DAY, 15, _near(rng, dest, 2), [owner], 2, topic="worship",
                     caption=d.caption(d.w["SIGHTS"], 0.6), p_obj=0)  # fmt: skip
        elif what == "xmas":
            for year in range(start.year, (start + pd.Timedelta(days=days)).year):
                day = pd.Timestamp(f"{year}-12-{int(rng.integers(1, 23)):02d}")
                if start <= day and rng.random() < 0.7:
                    take(day, 18, _near(rng, home, 2), [owner], 2,
                         caption=d.caption(d.w["XMAS"], 0.7))  # fmt: skip
        elif what == "choir":
            at = _near(rng, home, 3)
            for k in range(int(rng.integers(1, 3))):
                day = day0 + pd.Timedelta(days=int(k * rng.integers(90, 300)))
                take(day, 19, at, [owner], 2, topic="worship",
                     caption=d.caption(d.w["CHOIR"], 0.7), p_obj=0)  # fmt: skip
        else:
            continue
        out.append(("sensitive.religion", what))
        if what == "xmas":  # "with the kids" reads as a child: no baby is new
            out.append(("life_events.new_baby", what))
    return out


def write(root: Path, lv: Life) -> tuple[Config, list[str]]:
    """The life as a real output folder root/out: its photos scanned (`life_store.build`), then
    each photo's objects, labels, faces and text rows stored as the models would, and each
    caption written into the photos table as an export's would be. (config, photo ids)."""
    config, ids = build(root, lv.shots)
    with Store(config.out_dir) as store:
        key = store.meta().get("model_key") or ""
        for pid, s in zip(ids, lv.shots):
            store.put_analysis(key, PhotoResult(pid, rows=_rows(pid, s)))
        caption = dict(zip(ids, (s.caption for s in lv.shots)))
        with store.db:
            store.db.executemany(
                "UPDATE photos SET caption = ? WHERE photo_id = ?",
                [(c, p) for p, c in caption.items() if c],
            )
    return config, ids


def _rows(photo_id: str, s: LifeShot) -> dict:
    """The rows of every model for one shot (objects, labels, faces, texts)."""
    rows = life_rows(photo_id, s)
    scores = list(s.scores) + [0.9] * len(s.objects)
    for row, score in zip(rows["detections"], scores):
        row["score"] = score
    rows["labels"] = [
        {"label": name, "score": score, "model": "mobilenet_v2_int8.onnx", "tag": None}
        for name, score in s.labels
    ]
    rows["texts"] = [
        {
            "model": "rapidocr",
            "text": t,
            "score": 0.95,
            "x0": 0,
            "y0": 20 * k,
            "x1": 200,
            "y1": 20 * k + 18,
        }
        for k, t in enumerate(s.texts)
    ]
    return rows


def with_captions(lv: Life, lines: list[dict], k: int, seed: int) -> tuple[Life, list[int]]:
    """The life with k of `lines` (caption dicts: benchmarks/lives.strangers_words) put on its
    uncaptioned posts: a post is the photos of one day, k days with no caption are drawn at
    random (seeded by `seed`), and one photo of each gets one caption, drawn without replacement
    while there are lines enough: half of the draws of the life's language, three tenths
    English, the rest of any other language (by the lines there are). (the new life, the index in
    its shots of each captioned photo, in the order of the lines drawn); k is cut to the free
    days there are."""
    rng = np.random.default_rng([seed, k, lv.seed])
    days: dict[str, list[int]] = {}
    for i, s in enumerate(lv.shots):
        days.setdefault(s.when[:10], []).append(i)
    free = [d for d, ix in sorted(days.items()) if not any(lv.shots[i].caption for i in ix)]
    k = min(k, len(free))
    chosen = [free[i] for i in rng.choice(len(free), size=k, replace=False)] if k else []
    share = {"en": 0.3}
    share[lv.lang] = share.get(lv.lang, 0) + 0.5
    n = Counter(x.get("lang") for x in lines)
    share = {g: v for g, v in share.items() if n[g]}
    rest = len(lines) - sum(n[g] for g in share)
    p = np.array([share[x.get("lang")] / n[x.get("lang")] if x.get("lang") in share
                  else (1 - sum(share.values())) / rest for x in lines])  # fmt: skip
    picked = rng.choice(len(lines), size=k, replace=k > len(lines), p=p / p.sum()) if k else []
    shots, where = list(lv.shots), []
    for day, j in zip(chosen, picked):
        ix = days[day]
        i = ix[int(rng.integers(len(ix)))]
        shots[i] = replace(shots[i], caption=lines[int(j)]["caption"])
        where.append(i)
    return replace(lv, shots=shots), where
