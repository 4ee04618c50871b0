"""What is no schooling of a student now (caption_students.students_reading): a reunion of former
classmates, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # former classmates met again: schooling long past
        "Retrouvailles du lycée Jean-Moulin, promo 2004. Vingt ans après, les mêmes groupes",
        "Rimpatriata della 5ªC: abbiamo rifatto la foto di classe sugli stessi gradini del liceo",
        "Reencontro da turma do secundário, a escola está igual",
        "Spotkanie klasowe w naszej szkole",
    ],
)
def test_reunion_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's schooling now, no reunion
        "Revising for my exams all weekend, uni is killing me",
        "Rentrée au lycée demain, stress total",
    ],
)
def test_schooling_now_stays(caption):
    assert "school" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a university for older people beside the owner's own diploma: a course taken
        "Terminé la Universidad de Mayores en Salamanca, me dieron el diploma con 70 años!",
        "Dyplom Uniwersytetu Trzeciego Wieku odebrany! Trzy lata wykładów",
        "Diplôme de l'Université du Temps Libre obtenu ce jour !",
        "Diplom z Univerzity třetího věku! Tři roky přednášek",
        "Graduated from the University of the Third Age today, history of art",
    ],
)
def test_third_age_diploma_is_schooling(caption):
    assert {"graduation", "school"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's diploma there, or the university named with no diploma of the owner's
        "Mia nonna si è diplomata all'Università della Terza Età",
        "Meine Oma hat das Seniorenstudium abgeschlossen",
    ],
)
def test_third_age_of_others_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's school-leaving exam passed: schooling and graduation (the ruling on student
        # life)
        "Abi bestanden!!! 🎓",
        "Matura zdana, 96% z polskiego, nie wierzę",
        "maturità superata con 100, non ci credo",
        "Maturita hotová, jdeme to zapít",
        "j'ai eu mon bac avec mention très bien!!!",
        "Diploma binnen, eindexamen, bye! Mijn moeder huilt",
        "Aprobé la EBAU!!! 12,3 y a Medicina en Granada",
        "selectividad aprobada, a por la uni!!",
    ],
)
def test_leaving_exam_passed_is_schooling_and_graduation(caption):
    assert {"school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a child's or a sibling's exam, a degree's level, an exam still ahead: not both
        "Mein Sohn hat sein Abitur bestanden, so stolz 🎓",
        "Ma fille a eu son bac !! Trop fière 🎓",
        "Bac+5 et je sais toujours pas plier une housse de couette",
        "Matura za miesiąc, biologia mnie wykończy",
        "Selectividad mañana, que sea lo que dios quiera",
        # years counted since the exam: schooling long past
        "sraz 20 let od maturity, někteří se nezměnili, někteří vůbec",
        "10 lat od matury, gdzie to wszystko poszło",
        "Sobotní výlet s partou z gymplu. Dvacet let po maturitě a pořád se hádáme",
    ],
)
def test_leaving_exam_not_passed_by_the_owner(caption):
    assert not {"school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's degree told with the studies behind it: the years, the thesis, the
        # university (the ruling on degrees)
        "¡Graduado! Cinco años de carrera y aquí estamos",
        "Por fin licenciada en Derecho!! Cinco años de sangre sudor y apuntes",
        "Tez savundum, yüksek lisans tamam.",
        "scriptie verdedigd, ik ben ingenieur 🎓",
        "promoce v Karolinu, talár mi byl velký 😂🎓",
        "Laureata!!! Cinque anni di architettura e finalmente 🎓",
        "Diplômée !!! Cinq ans de droit et voilà 🎓",
        "cap, gown, done. 4 years of all-nighters for this piece of paper 🎓",
        "Bachelor in der Tasche 🎓 BWL, 7 Semester, 2 Nebenjobs",
        "OBRONIŁAM SIĘ!!! magister pielęgniarstwa 🎓 5 lat nauki i łez",
        "Formada! Cinco anos de faculdade e finalmente o diploma",
    ],
)
def test_degree_with_studies_behind_is_schooling(caption):
    assert {"graduation", "school"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a bare degree or a diploma in hand: graduation alone
        "Bachelor in Sportwissenschaften ✔️ Zeugnis abgeholt, danach direkt ins Freibad 🎓",
        "Graduada en Periodismo Deportivo 🎓 ¡A por el Mundial 2030!",
        "Yüksek lisansımı bitirdim, diploma elimde 🎓",
        # years since the degree, an age: no studies told
        "Throwback to my graduation, 10 years ago today 🎓",
        "Laureata a 58 anni!! 🎓 Grazie alla mia famiglia per il sostegno",
        "Licenciada aos 55 anos!! 🎓 Quem disse que era tarde?",
    ],
)
def test_bare_degree_is_graduation_alone(caption):
    signals = caption_signals(caption)
    assert "graduation" in signals and "school" not in signals


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's child's exams at school: the owner's schooling (the ruling on a child's
        # studies)
        "Ma fille a eu son bac !! Trop fière 🎓",
        "Exam results day for my daughter, fingers crossed",
        "Unser Sohn hat heute sein Abi-Zeugnis bekommen, wir platzen vor Stolz",
        "Mio figlio ha superato l'esame di terza media, ora si va al liceo",
        "Yarın kızımın YKS sınavı var. O uyuyor, ben uyuyamıyorum",
        "Mijn dochter doet eindexamen, spannend",
        "Selectividad de mi hija mañana. No duermo yo, ella sí",
        "Syn dodělal maturitu!! Oslava v sobotu",
    ],
)
def test_child_exams_are_schooling(caption):
    assert "school" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a grown child's university or degree, a sibling's or a godchild's exam: theirs
        "Mi hijo mayor empieza la universidad en Salamanca",
        "Mon fils a eu son master, fier de lui",
        "Mio figlio all'università: primo esame di Anatomia superato, 28! 🎉",
        "Mein kleiner Bruder hat sein Abi bestanden! Stolz wie Bolle 🎓",
        "Bravo à ma filleule pour son bac avec mention très bien 🎉",
        "My daughter passed her driving test!",
    ],
)
def test_grown_child_or_others_studies_are_theirs(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a trade's paper in hand or its exam passed: work, school and graduation (job training)
        "Meisterbrief in der Hand! Tischlermeister 🪚🎓",
        "Gesellenprüfung bestanden!! Ab jetzt darf ich mich Tischler nennen 🪵",
        "CAP pâtissier obtenu à 42 ans 🎂🎓",
        "Výuční list v kapse! Cukrářka, konečně oficiálně 🎂",
        "Świadectwo czeladnicze fryzjera! 31 lat i papier w ręku",
        "Título de Técnico en Peluquería colgado en la pared del local nuevo 💇‍♀️",
        "Mbo-diploma kok gehaald. Mijn moeder zegt dat ik haar nog steeds niet verslaan kan",
        "Passed my NVQ Level 3 in Electrical Installation. 38 years old and finally qualified",
        "Abilitazione da geometra superata!!! Ora posso firmare i progetti 📐🎓",
        "Superato il concorso da Vice Ispettore! Sei mesi di studio la notte dopo i turni",
    ],
)
def test_trade_paper_is_work_school_and_graduation(caption):
    assert {"work", "school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # training for the owner's trade under way: work and school
        "erste Woche Ausbildung zur Mechatronikerin, meine Hände sind schwarz und ich bin glücklich",
        "Primo anno di apprendistato da parrucchiera: ho bruciato una frangia",
        "Premier jour en formation d'aide-soignante, à 41 ans, avec des jeunes de 19 ans",
        "Umschulung zur Pflegefachkraft – heute erster Schultag. Nervös wie mit sechs.",
    ],
)
def test_training_for_a_trade_is_work_and_school(caption):
    assert {"work", "school"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's apprentice, child or colleague's son trains: no schooling of the owner's
        "mein Azubi hat die Gesellenprüfung bestanden! stolz wie Bolle",
        "Mon apprenti a eu son CAP ! Fier comme si c'était le mien",
        "Graduation day for our apprentices! Three of them passed their NVQ Level 3",
        "Mein Sohn hat seine Gesellenprüfung bestanden 🪚 Stolz wie Bolle!",
        "Moje dcera má výuční list, bude z ní cukrářka",
        "Der Sohn meiner Kollegin fängt jetzt seine Ausbildung an",
    ],
)
def test_others_training_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a trade's licence or ticket in hand, a profession's exam passed: work, school, graduation
        "Passed my class 2 today, no more vans for me",
        "LKW-Führerschein in der Tasche, ab März fahre ich Fernverkehr",
        "Permis poids lourd obtenu ! Lundi je commence chez Géodis",
        "Me he sacado el carnet de carretillero, por fin fijo en el almacén",
        "Patentino da saldatore preso al primo colpo",
        "Carta de pesados tirada, segunda-feira começo na transportadora",
        "Rijbewijs CE gehaald, eindelijk met de oplegger de weg op",
        "Uprawnienia na wózki widłowe zdane, od jutra magazyn",
        "Vazačský průkaz hotový, zítra poprvé na jeřábu",
        "Forklift sertifikamı aldım, depo işi garanti",
        "Kalfalık sınavını geçtim, artık dükkanda ben de kesiyorum",
    ],
)
def test_trade_ticket_is_work_school_and_graduation(caption):
    assert {"work", "school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's ticket, a plain car licence, a coach's badge: no training of the owner's
        "Mijn neef heeft zijn rijbewijs C gehaald",
        "Mein Bruder hat den LKW-Führerschein bestanden, jetzt fährt er für Dachser",
        "Passed my driving test at last! Lock up your bins",
        "Egzamin na prawo jazdy zdany!",
        "Ho preso il patentino da allenatore, ora niente scuse",
    ],
)
def test_others_ticket_or_a_car_licence_is_no_training(caption):
    assert not {"work", "school"} & caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a course's certificate in hand: schooling and graduation both
        "Got my Level 3 pet first aid certificate today, proper chuffed",
        "Zertifikat Gebärdensprache A2 erhalten!",
        "Corso di primo soccorso finito, certificato in mano",
        "Certificaat EHBO gehaald op mijn 58e!",
        "İlk yardım sertifikamı aldım 📜",
        "Osvědčení z kurzu keramiky v ruce!",
        "Certificado de socorrista en mano ✅",
    ],
)
def test_course_paper_is_school_and_graduation(caption):
    assert {"school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a doctor's paper, a race's, a child's swimming badge, a question: no schooling
        "Certificado médico entregado, tres días de baja con la gripe",
        "Got my finisher certificate from the 10k, medal and all",
        "Our Ollie's first swimming certificate, 25 metres!",
        "Certificat de naissance de notre fille enfin reçu",
    ],
)
def test_no_course_paper_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)
