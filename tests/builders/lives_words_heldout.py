"""A second phrase bank for the life simulator, written apart from lives.py and from exposure's
lexicon, to measure caption reading on phrasings nobody tuned on (issue 22).

It defines the same tables as tests/builders/lives.py with the same keys, languages and "{x}"
placeholders: WORDS (a word of each hobby per language), MINE (the owner doing a hobby), OTHERS
(someone else doing it), TOPIC (the owner's own words on religion, alcohol, health, a dog, a cat, a
baby), STUDY (the owner at school or university), NEGATE (the owner saying they do not drink),
JOKE (a figure of speech that names religion) and PLAIN (captions that say nothing a rule reads).
Every phrase here is new: none is copied from lives.py. It imports nothing from exposure.
"""

from __future__ import annotations

# A word of each hobby, read into MINE and OTHERS through "{x}".
WORDS = {
    "skiing": dict(en="ski day", es="día de esquí", pt="dia de ski", fr="journée de ski", de="Skitag", it="giornata sugli sci", nl="skidag", pl="jazda na nartach", cs="lyžovačka", tr="kayak günü"),
    "tennis": dict(en="tennis match", es="partido de tenis", pt="jogo de ténis", fr="match de tennis", de="Tennismatch", it="partita a tennis", nl="tennispartijtje", pl="mecz tenisowy", cs="tenisový zápas", tr="tenis maçı"),
    "cycling": dict(en="cycling", es="salida en bici", pt="pedalada", fr="vélo", de="Radfahren", it="uscita in bici", nl="wielrennen", pl="rower", cs="cyklovýlet", tr="bisiklet"),
    "surfing": dict(en="surfing", es="sesión de surf", pt="surfada", fr="surf", de="Wellenreiten", it="surfata", nl="golfsurfen", pl="surfowanie", cs="surf", tr="sörf seansı"),
    "football": dict(en="five-a-side", es="partido de fútbol", pt="futebolada", fr="match de foot", de="Kicken", it="partita di calcio", nl="potje voetbal", pl="gra w piłkę", cs="fotbálek", tr="halı saha maçı"),
    "boating": dict(en="dinghy sailing", es="navegar a vela", pt="velejar", fr="navigation à voile", de="Jollensegeln", it="barca a vela", nl="zeilwedstrijd", pl="rejs żaglówką", cs="jachting", tr="yelkenli"),
}  # fmt: skip
MINE = {  # the owner doing it
    "en": ["{x} before work, best way to start the day ☀️", "Sunday = {x} 🙌", "legs are jelly after today's {x}"],
    "es": ["{x} antes del curro, así sí 💪", "domingo de {x} 🙌", "hoy tocaba {x} y no perdono"],
    "pt": ["{x} ao fim da tarde, o melhor do dia", "domingo = {x} 🙌", "hoje foi {x}, amanhã dores"],
    "fr": ["{x} avant le boulot, rien de mieux ☀️", "dimanche = {x} 🙌", "{x} ce matin, jambes en compote"],
    "de": ["{x} vor der Arbeit, so muss das 💪", "Sonntag heißt {x} 🙌", "nach dem {x} heute: Beine aus Pudding"],
    "it": ["{x} prima del lavoro, così sì ☀️", "domenica = {x} 🙌", "gambe distrutte dopo la {x} di oggi"],
    "nl": ["{x} voor het werk, zo begin je de dag ☀️", "zondag = {x} 🙌", "benen kapot na vandaag: {x}"],
    "pl": ["{x} przed pracą, tak się zaczyna dzień ☀️", "niedziela = {x} 🙌", "dzisiaj {x}, jutro zakwasy"],
    "cs": ["{x} před prací, tak začíná den ☀️", "neděle = {x} 🙌", "dneska {x}, zítra nebudu chodit"],
    "tr": ["işten önce {x}, güne böyle başlanır ☀️", "pazar = {x} 🙌", "bugünkü {x} sonrası bacaklarım yok"],
}  # fmt: skip
OTHERS = {  # someone else does it (a false friend for a caption reader)
    "en": ["my brother won't shut up about {x}, send help", "the kids next door spent all day on {x}, I spent it on the sofa"],
    "es": ["mi cuñado solo habla de {x}, socorro", "los vecinos todo el día en plan {x}, yo en el sofá"],
    "pt": ["o meu cunhado só fala de {x}, socorro", "os vizinhos passaram o dia em modo {x}, eu no sofá"],
    "fr": ["mon beau-frère ne parle que de {x}, au secours", "les voisins en mode {x} toute la journée, moi sur le canapé"],
    "de": ["mein Schwager redet nur noch von {x}, Hilfe", "die Nachbarn den ganzen Tag beim {x}, ich auf dem Sofa"],
    "it": ["mio cognato parla solo di {x}, aiuto", "i vicini tutto il giorno in modalità {x}, io sul divano"],
    "nl": ["mijn zwager praat alleen nog over {x}, help", "de buren de hele dag {x}, ik op de bank"],
    "pl": ["szwagier ma jeden temat: {x}, ratunku", "sąsiedzi cały dzień {x}, a ja na kanapie"],
    "cs": ["švagr má jediné téma: {x}, pomoc", "sousedi celý den {x}, já na gauči"],
    "tr": ["eniştem sadece {x} konuşuyor, imdat", "komşular bütün gün {x}, ben kanepede"],
}  # fmt: skip
TOPIC = {  # the owner's own words about a topic
    "religion": {
        "en": ["choir practice then evensong, my favourite hour of the week", "lit a candle for mum at our church this morning 🕯️"],
        "es": ["cantando en el coro de mi parroquia como cada domingo", "hoy comulgué después de mucho tiempo 🙏"],
        "pt": ["catequese com os miúdos e depois a missa das 11", "acendi uma vela na nossa igreja pela avó 🕯️"],
        "fr": ["chorale puis vêpres, mon moment préféré de la semaine", "j'ai allumé un cierge pour papi dans notre église 🕯️"],
        "de": ["Chorprobe und dann Abendandacht in unserer Kirche", "heute zur Beichte gewesen, tut gut 🙏"],
        "it": ["prove del coro e poi vespri, il mio momento della settimana", "ho acceso un cero in parrocchia per il nonno 🕯️"],
        "nl": ["koorrepetitie en daarna de vesper in onze kerk", "een kaarsje aangestoken voor opa in onze kerk 🕯️"],
        "pl": ["próba chóru parafialnego, a potem nieszpory", "różaniec z mamą jak co wieczór w październiku 🙏"],
        "cs": ["zkouška kostelního sboru a pak nešpory", "zapálila jsem svíčku za dědu v našem kostele 🕯️"],
        "tr": ["teravih namazına babamla gittik 🌙", "sabah namazından sonra çay, günün en huzurlu anı"],
    },
    "alcohol": {
        "en": ["G&T on the balcony, I earned this one 🍸", "craft beer flight at our local, the IPA won 🍺"],
        "es": ["vermut del domingo en el bar de siempre 🍷", "un gin-tonic bien cargado para cerrar la semana"],
        "pt": ["um copo de vinho tinto e um bom livro 🍷", "finos no café da esquina depois do trabalho 🍺"],
        "fr": ["pastis en terrasse, l'été est là 🌞", "une bonne IPA au bar du coin après le boulot 🍺"],
        "de": ["ein Weizen im Biergarten, mehr braucht's nicht 🍺", "Gin Tonic auf dem Balkon, verdient 🍸"],
        "it": ["bianchino al bar sotto casa, rito del sabato 🥂", "una IPA artigianale e la settimana è finita 🍺"],
        "nl": ["een speciaalbiertje op het terras, verdiend 🍺", "gin-tonic op het balkon na een lange dag 🍸"],
        "pl": ["kraftowe IPA na tarasie, zasłużone 🍺", "wino do kolacji, tylko jedna lampka... druga 🍷"],
        "cs": ["točená dvanáctka v naší hospodě 🍺", "sklenka bílého na balkoně po práci 🥂"],
        "tr": ["akşam rakısı, meze ve muhabbet 🥃", "iş çıkışı bir bira, hak ettim 🍺"],
    },
    "health": {
        "en": ["infusion day again, brought snacks and a good book 💉", "6 weeks post-op, finally walking without the crutches"],
        "es": ["día de infusión en el hospital de día, con libro y paciencia 💉", "seis semanas después de la operación, ya camino sin muletas"],
        "pt": ["dia de infusão outra vez, livro e paciência 💉", "seis semanas depois da cirurgia, já ando sem muletas"],
        "fr": ["jour de perfusion, j'ai pris un livre et de la patience 💉", "six semaines après l'opération, je marche sans béquilles"],
        "de": ["Infusionstag, mit Buch und Geduld 💉", "sechs Wochen nach der OP, endlich ohne Krücken"],
        "it": ["giorno di flebo, libro e pazienza 💉", "sei settimane dopo l'intervento, cammino senza stampelle"],
        "nl": ["infuusdag, met een boek en geduld 💉", "zes weken na de operatie, eindelijk zonder krukken"],
        "pl": ["kolejny wlew w szpitalu, książka i cierpliwość 💉", "sześć tygodni po operacji, chodzę bez kul"],
        "cs": ["další infuze, knížka a trpělivost 💉", "šest týdnů po operaci, chodím bez berlí"],
        "tr": ["yine serum günü, kitap ve sabır 💉", "ameliyattan altı hafta sonra koltuk değneksiz yürüyorum"],
    },
    "dog": {
        "en": ["this one dragged me out in the rain again 🐶", "my dog has opinions about the postman"],
        "es": ["mi perro decidió que hoy llovía a gusto 🐶", "aquí mi perro vigilando al cartero"],
        "pt": ["o meu cão arrastou-me para a rua à chuva 🐶", "o meu cão tem opiniões sobre o carteiro"],
        "fr": ["mon chien m'a encore traînée dehors sous la pluie 🐶", "mon chien a un avis sur le facteur"],
        "de": ["mein Hund hat mich wieder in den Regen gezerrt 🐶", "mein Hund hat eine Meinung zum Postboten"],
        "it": ["il mio cane mi ha trascinato fuori sotto la pioggia 🐶", "il mio cane ha opinioni sul postino"],
        "nl": ["mijn hond sleurde me weer de regen in 🐶", "mijn hond heeft een mening over de postbode"],
        "pl": ["mój pies znowu wyciągnął mnie na deszcz 🐶", "mój pies ma zdanie o listonoszu"],
        "cs": ["můj pes mě zase vytáhl ven do deště 🐶", "můj pes má názor na pošťáka"],
        "tr": ["köpeğim beni yine yağmurda dışarı çıkardı 🐶", "köpeğimin postacı hakkında fikirleri var"],
    },
    "cat": {
        "en": ["my cat knocked the plant over and looked me in the eye", "vet day for our cat, she is furious 🐈"],
        "es": ["mi gata tiró la planta y me miró a los ojos", "día de veterinario para nuestro gato, está indignado 🐈"],
        "pt": ["a minha gata deitou o vaso abaixo e olhou para mim", "dia de veterinário para o nosso gato, está furioso 🐈"],
        "fr": ["mon chat a fait tomber la plante en me regardant", "véto pour notre chatte aujourd'hui, elle est furieuse 🐈"],
        "de": ["meine Katze hat die Pflanze umgeworfen und mich angeschaut", "Tierarzt mit unserem Kater, er ist beleidigt 🐈"],
        "it": ["il mio gatto ha buttato giù la pianta guardandomi", "veterinario per la nostra gatta, è furiosa 🐈"],
        "nl": ["mijn kat gooide de plant om en keek me recht aan", "dierenarts met onze kat, ze is woedend 🐈"],
        "pl": ["mój kot zrzucił kwiatka i patrzył mi w oczy", "weterynarz z naszą kotką, obrażona 🐈"],
        "cs": ["moje kočka shodila kytku a dívala se mi do očí", "veterina s naším kocourem, je uražený 🐈"],
        "tr": ["kedim saksıyı devirdi ve gözümün içine baktı", "kedimizle veteriner günü, çok kızgın 🐈"],
    },
    "baby": {
        "en": ["two weeks of no sleep and we'd do it all again, our little boy 💙", "first bath for our newborn, she screamed the house down"],
        "es": ["dos semanas sin dormir y lo volveríamos a hacer, nuestro bebé 💙", "primer baño de nuestra recién nacida, menudo concierto"],
        "pt": ["duas semanas sem dormir e fazíamos tudo outra vez, o nosso bebé 💙", "primeiro banho da nossa recém-nascida"],
        "fr": ["deux semaines sans dormir et on recommencerait, notre bébé 💙", "premier bain de notre nouveau-née, quel concert"],
        "de": ["zwei Wochen ohne Schlaf und wir würden es wieder tun, unser Baby 💙", "erstes Bad unserer Neugeborenen, großes Konzert"],
        "it": ["due settimane senza dormire e lo rifaremmo, il nostro bimbo 💙", "primo bagnetto della nostra neonata"],
        "nl": ["twee weken niet geslapen en we zouden het zo weer doen, onze baby 💙", "eerste badje van onze pasgeboren dochter"],
        "pl": ["dwa tygodnie bez snu i zrobilibyśmy to znowu, nasz synek 💙", "pierwsza kąpiel naszej córeczki, koncert na cały blok"],
        "cs": ["dva týdny bez spánku a udělali bychom to znovu, náš chlapeček 💙", "první koupel naší novorozené dcery"],
        "tr": ["iki haftadır uykusuzuz ama değer, bebeğimiz 💙", "yeni doğan kızımızın ilk banyosu"],
    },
}  # fmt: skip
STUDY = {  # the owner at school or university
    "en": ["seminar at 9, essay due at 5, sleep is a myth", "my uni library desk has my name on it now 📚"],
    "es": ["seminario a las 9 y entrega a las 5, dormir es un mito", "ya tengo sitio fijo en la biblioteca de la facultad 📚"],
    "pt": ["seminário às 9 e entrega às 17, dormir é um mito", "já tenho lugar fixo na biblioteca da faculdade 📚"],
    "fr": ["TD à 9h, dossier à rendre à 17h, le sommeil est un mythe", "j'ai ma place attitrée à la BU maintenant 📚"],
    "de": ["Seminar um 9, Hausarbeit bis 17 Uhr, Schlaf ist ein Mythos", "mein Stammplatz in der Unibibliothek 📚"],
    "it": ["seminario alle 9 e consegna alle 17, dormire è un mito", "ormai ho il mio posto fisso in biblioteca all'università 📚"],
    "nl": ["werkgroep om 9, essay inleveren om 5, slapen is een mythe", "mijn vaste plekje in de universiteitsbibliotheek 📚"],
    "pl": ["ćwiczenia o 9, projekt na 17, sen to mit", "mam już swoje miejsce w bibliotece uniwersyteckiej 📚"],
    "cs": ["seminář v 9, odevzdání v 5, spánek je mýtus", "v univerzitní knihovně už mám svoje místo 📚"],
    "tr": ["9'da seminer, 5'te ödev teslimi, uyku efsane", "üniversite kütüphanesinde artık sabit yerim var 📚"],
}  # fmt: skip
NEGATE = {  # the owner saying they do not (a false friend for alcohol)
    "en": "Sparkling water for me, haven't touched alcohol in years", "es": "Agua con gas para mí, hace años que no pruebo el alcohol",
    "pt": "Água com gás para mim, há anos que não toco em álcool", "fr": "De l'eau gazeuse pour moi, je ne touche plus à l'alcool depuis des années",
    "de": "Sprudel für mich, Alkohol rühre ich seit Jahren nicht an", "it": "Acqua frizzante per me, l'alcol non lo tocco da anni",
    "nl": "Spa rood voor mij, ik raak al jaren geen alcohol aan", "pl": "Dla mnie woda gazowana, alkoholu nie tykam od lat",
    "cs": "Pro mě perlivou vodu, alkohol nepiju už roky", "tr": "Bana maden suyu, yıllardır alkol ağzıma sürmedim",
}  # fmt: skip
JOKE = {  # a figure of speech that names religion, about nobody's faith
    "en": "Brunch is my Sunday church 🥞", "es": "El brunch es mi misa del domingo 🥞",
    "pt": "O brunch é a minha missa de domingo 🥞", "fr": "Le brunch, c'est ma messe du dimanche 🥞",
    "de": "Brunch ist mein Sonntagsgottesdienst 🥞", "it": "Il brunch è la mia messa della domenica 🥞",
    "nl": "Brunch is mijn zondagse kerkdienst 🥞", "pl": "Brunch to moja niedzielna msza 🥞",
    "cs": "Brunch je moje nedělní mše 🥞", "tr": "Pazar kahvaltısı benim ibadetim 🥞",
}  # fmt: skip
PLAIN = {  # captions that say nothing a rule reads
    "en": ["that light though", "Tuesday mood", "no thoughts, just vibes", "rainy window, warm tea", "sky was on fire tonight"],
    "es": ["qué luz", "martes de esos", "sin pensar, solo vibras", "lluvia y manta"],
    "pt": ["que luz", "terça-feira cinzenta", "sem pensar, só vibes", "chuva e mantinha"],
    "fr": ["cette lumière", "mardi gris", "pas de pensées, que des vibes", "pluie et plaid"],
    "de": ["dieses Licht", "Dienstagslaune", "keine Gedanken, nur Vibes", "Regen und Decke"],
    "it": ["che luce", "martedì grigio", "zero pensieri, solo vibes", "pioggia e coperta"],
    "nl": ["dat licht", "dinsdaggevoel", "geen gedachten, alleen vibes", "regen en een dekentje"],
    "pl": ["to światło", "wtorkowy nastrój", "zero myśli, same vibes", "deszcz i kocyk"],
    "cs": ["to světlo", "úterní nálada", "žádné myšlenky, jen vibes", "déšť a deka"],
    "tr": ["şu ışık", "salı modu", "düşünce yok, sadece vibe", "yağmur ve battaniye"],
}  # fmt: skip
