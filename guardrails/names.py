"""People's names: the titles written before a name ('Dr.', 'Prof.'), how a name splits into given and family
name, and the name to greet someone by.

One list of titles serves the context's greeting, the rules that find a greeting by title and surname
('Dear Dr. Okafor'), and the grounding rule's list of capitalised words that are not facts.

A name is read given name first ('Sofía Martínez') unless it follows a family-name-first convention that
the common family names below recognise: Korean ('Park Joon-ho'), Vietnamese ('Nguyen Van An'), Japanese
('Tanaka Hiroshi'), Chinese ('Wang Xiaoming') and Hungarian ('Kovács Zsófia'); a family name in capitals
('PARK Joon-ho') or a comma ('Okafor, Chidi') says so outright. Such a reading is a guess, and
`PersonName.guessed` says so (a rule turns it into a warning); a `greet_as` given by the user wins over it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

# Lower case, without the full stop; each is also recognised with one ('dr.').
TITLES = (
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "a/prof",
    "c/e",
    "c/o",
    "assoc",
    "sir",
    "dame",
    "judge",
    "captain",
    "capt",
    "rev",
    "revd",
    "father",
    "sister",
    "brother",
    "pastor",
    "rabbi",
    "imam",
    "chef",
    "inspector",
    "insp",
    "sergeant",
    "sgt",
    "constable",
    "officer",
    "detective",
    "det",
    "lieutenant",
    "lt",
    "colonel",
    "col",
    "major",
    "maj",
    "commander",
    "cdr",
    "cmdr",
    "admiral",
    "sqn",
    "ldr",
    "flt",
    "coach",
    "ing",  # not 'Eng', 'Wing' or 'Arch': given names too (Eng Hock Tan, Wing Chan)
    "ir",
    "avv",
    "lic",
    "arq",
    "dra",
    "miss",
    "mme",
    "mlle",
    "sra",
    "srta",
    "herr",
    "frau",
    "dott",
    "adv",
    "ca",
    "reverend",
    "ven",
    "venerable",
    "rt",
    "archdeacon",
    "hhj",
    "pr",
    "oberst",
    "oberstleutnant",
    "hauptmann",
    "kapitän",
    "kapitan",  # as folded text spells it (the rules match titles in text without accents)
    "küchenchef",
    "kuchenchef",
    "kommissar",
    "cllr",
    "councillor",
    "councilor",
    "alderman",
    "mayor",
    "senator",
    "hon",
    "justice",
    "ambassador",
    "bishop",
    "canon",
    "deacon",
    "supt",
    "superintendent",
    "corporal",
    "cpl",
    "atty",  # an attorney in the Philippines: 'Atty. Maria Santos'
    "alhaji",  # West Africa, for one who has made the Hajj
    "alhaja",
    "ato",  # Ethiopia: Mr., said with the given name (an Ethiopian name has no family name)
    "dott.ssa",  # Italy, Germany, Austria, the Netherlands: degrees said before a name
    "dipl.-ing",
    "dr.-ing",
    "univ.-prof",
    "drs",
    "mag",
    "sr",
    "elder",
    "deaconess",
    "msgr",
    "lord",
    "lady",
    "baroness",
    "baron",
    "h.e",  # His or Her Excellency
    "mudr",  # Czech and Slovak degrees said before a name: 'MUDr. Zuzana Hrušková' (a physician), 'Mgr.'
    "mgr",
    "judr",
    "phdr",
    "rndr",
    "mvdr",
    "chief",  # a chieftaincy title alone ('Chief Adebayo Ogunlesi'), or the head of a rank ('Fire Chief')
)
# The first words of a rank or office of two or three words ('Station Manager', 'Chief Officer', 'Battalion
# Chief', 'Deputy Chief Constable'): a title only when a title word, or one of _RANK_HEADS, ends the run.
_RANK_PREFIXES = frozenset(
    """chief station watch crew group area first second third battalion deputy assistant senior principal staff
    petty master warrant lance police fire district divisional detective charge flight lieutenant lt sub rear
    vice wing squadron sqn air brigadier major sergeant check training line""".split()
)
# Styles of the clergy that give way to a title after them ('The Reverend Canon Dr. Sowerby' is Dr. Sowerby).
_STYLES = frozenset("rev revd reverend rt very hon".split())
_QUALIFIERS = frozenset("senior check training line".split())
_RANK_HEADS = frozenset(
    """manager officer engineer mate commissioner chief constable captain inspector nurse colonel general
    commander lieutenant marshal admiral major sergeant corporal commodore leader""".split()
)
_TITLE_SHOWN = {
    "dr": "Dr.", "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "mx": "Mx.", "prof": "Prof.", "capt": "Capt.",
    "rev": "Rev.", "revd": "Revd", "sgt": "Sgt.", "det": "Det.", "lt": "Lt.", "col": "Col.", "maj": "Maj.",
    "cdr": "Cdr.", "cmdr": "Cmdr.", "ing": "Ing.", "ir": "Ir.", "avv": "Avv.", "insp": "Insp.",
    "lic": "Lic.", "eng": "Eng.", "arch": "Arch.", "ven": "Archdeacon", "venerable": "Archdeacon", "hhj": "Judge",
    "pr": "Prof.", "reverend": "Rev.", "rt": "Rt", "ca": "CA", "er": "Er.", "adv": "Adv.", "dott": "Dott.", "sra": "Sra.",
    "srta": "Srta.", "pe": "Pe.", "fr": "Fr.", "arq": "Arq.", "dra": "Dra.", "engr": "Engr.", "hon": "Hon.", "supt": "Supt.", "cpl": "Cpl.", "a/prof": "A/Prof.", "c/e": "C/E", "c/o": "C/O", "inż": "Inż.", "inz": "Inż.", "assoc": "Assoc.", "sqn": "Sqn", "ldr": "Ldr", "flt": "Flt", "atty": "Atty.", "h.e": "H.E.", "dipl.-ing": "Dipl.-Ing.", "dr.-ing": "Dr.-Ing.", "univ.-prof": "Univ.-Prof.", "drs": "Drs.", "mag": "Mag.", "sr": "Sr.", "msgr": "Msgr.", "mudr": "MUDr.", "mgr": "Mgr.", "judr": "JUDr.", "phdr": "PhDr.", "rndr": "RNDr.", "mvdr": "MVDr.",
}  # fmt: skip
_JOINS_NEXT = frozenset("sqn flt det lt assoc".split())  # the first word of a two-word rank
# Words after a title that say the holder has retired: 'Sqn Ldr (ret'd) Anand Kulkarni'. Not a name.
_RETIRED = re.compile(r"\s*\(?\b(?:ret'?d|ret\.|retd|retired|rtd)\)?(?=\s|$)", re.I)

# A title and the space after it, for a pattern over folded (lower-case) text: 'dr. ', 'mrs ', 'professor '.
TITLE_PATTERN = r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?\s+"

_TITLE_WORDS = frozenset(TITLES) | {f"{t}." for t in TITLES}
# Titles only with their full stop: 'Eng. Luana Batista' (an engineer), but Eng Hock Tan goes by 'Eng Hock'.
_DOTTED_TITLES = frozenset("eng. arch. engr. er. enf. enf.ª enf.º pe. pr. fr. inż. inz. hab.".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv phd ph.d. md m.d. esq esq. mba".split())
# Letters after a name ('Prof. Siân Ellis-Pugh FRHistS', 'Gretchen Vanderslice, DNP, CRNA'): honours, degrees,
# fellowships and registrations, never a family name. Also any word after a comma past the family name, and
# a fellowship's letters ('F' and two more capitals: 'FRCEM', 'FRHistS').
_POST_NOMINALS = frozenset(
    """obe mbe cbe kbe dbe gbe cvo lvo rvo qc kc jp dl frs freng fba fmedsci frsa frse frsc frics mrics riba
    frcp frcs frcem frcog frcpath frcpsych frcgp mrcgp mrcp mrcs frcn frhists dphil dnp crna rn rgn rmn rm np
    cfa cpa aca acca fca cima cipfa peng ceng ieng mice fice mistructe miet fiet mcipd fcipd mrtpi mrsc fhea
    sfhea pfhea msc bsc ma ba mph mpa llb llm jd edd dds dmd dvm mrcvs bvsc mcsp cmgr fcmi mcmi pe ra""".split()
)
_FELLOW = re.compile(r"^F[A-Z][A-Za-z]{1,6}$")


def _post_nominal(word: str, comma_before: bool) -> bool:
    bare = re.sub(r"\([A-Za-z]{1,4}\)$", "", word.strip(","))  # 'FCS(SA)': a college's letters, and where
    if bare.casefold() in _SUFFIXES or (
        bare.casefold().replace(".", "") in _POST_NOMINALS and bare[:1].isupper()
    ):
        return True
    capitals = sum(c.isupper() for c in bare)
    return bool(_FELLOW.match(bare)) and capitals >= 3 or (comma_before and capitals >= 2 and bare.isalpha())


# Words that start a family name written after the given name ('Siobhán Ní Bhriain', 'Ludwig van Beethoven').
_PARTICLES = frozenset(
    "van von de da das dos del della der den di du la le ní nic mac ter ten ap ab te ó uí ua al el af zu dela delos".split()
)
# A Malay or Tamil patronymic: the given name is every word before it ('Nurul Aina binti Rahman' goes by
# 'Nurul Aina'), and a formal greeting keeps the given name too ('Dr. Nurul Aina').
_PATRONYMIC = frozenset("bin binti bte binte ibn bint a/l a/p s/o d/o".split())
# An Arabic family name after the patronymic: 'Khalid ibn Saeed Al-Mazrouei' is Mr. Al-Mazrouei.
_ARABIC_FAMILY = re.compile(r"^(?:al|el)(?:-|$)", re.I)
# Words written before a given name that are not what anyone is called by: 'Md.' and 'Mohd.' (Muhammad, in
# Bangladesh and Malaysia: 'Md. Shafiqul Islam' goes by Shafiqul).
_NAME_PREFIXES = frozenset(
    "md md. mohd mohd. muhd muhd. ma. hj hj. hjh hjh. syed sayed seyed seyyed sayyid ch.".split()
)  # 'Ma.' (María), 'Hj.' (Haji), 'Syed' and 'Seyed' (a lineage), 'Ch.' (Chaudhry) in Pakistan
# Words that open a given name of two words: the Ga 'Nii' and 'Naa' ('Nii Armah Lamptey' goes by Nii Armah), the
# Wolof 'Ndèye', 'Mame' and 'Sokhna' ('Ndèye Coumba Thiam' goes by Ndèye Coumba).
_GIVEN_PREFIXES = frozenset("nii naa ndèye ndeye mame sokhna".split())
# The Akan 'Nana' before a day name is one given name: 'Nana Ama Obeng' goes by Nana Ama.
_AKAN_DAY_NAMES = frozenset(
    """ama akua yaa afua afia adwoa adjoa abena akosua esi efua araba aba kofi kwame kwabena kwaku yaw kwasi
    kojo kwadwo ekow kweku kobina kwesi kwamena""".split()
)
_MALAY_FIRST = frozenset("nurul nur siti wan nik sri".split())  # 'Sri Mulyani Indrawati' goes by Sri Mulyani
# Arabic given names of two words, whose first word is not said alone ('Abu Bakr', 'Abdul Rahman').
_ARABIC_COMPOUND_FIRST = frozenset("abu abd abdul abdel abdur abdoul umm ummu".split())
# Indonesian forms of address written before the name ('Pak Budi', 'Ibu Sri Wahyuni'): said with it, never alone.
_ADDRESS_FORMS = frozenset("bapak pak ibu bu mas mbak kak".split())
# Titles of Spanish- and Portuguese-speaking countries, whose names carry two family names.
_HISPANIC_TITLES = frozenset("Ing. Lic. Arq. Dra.".split())
# A name of three words with a title ('Capt. Eduardo Castillero Díaz', 'Dr. Ximena Pardo Uribe') is given name
# and two family names, as Spanish writes them, when the middle word reads as a Spanish family name: a common one,
# one ending in '-ez' or '-z' after a vowel ('Muñoz', 'Díaz'), or one with a Spanish accent or 'ñ' in the family
# names; and not as a middle name ('Dr. Sarah Jane Lopez', 'Dr. Juan Esteban Pérez') nor a Portuguese name, whose
# last family name is the one said ('Eng. Tiago Almeida Costa').
_SPANISH_FAMILY = frozenset(
    """garcía garcia rodríguez martínez hernández lópez gonzález pérez sánchez ramírez torres flores rivera gómez
    reyes morales cruz ortiz gutiérrez chávez ramos ruiz álvarez mendoza vásquez vazquez castillo jiménez moreno
    romero herrera medina aguilar vargas castro guzmán fernández muñoz rojas navarro molina delgado suárez ortega
    domínguez vega campos soto contreras guerrero espinoza sandoval peña cortés núñez ríos figueroa acosta uribe
    pardo salazar cabrera valencia arias quiroga sepúlveda araya fuentes carrasco cárdenas zapata ospina restrepo
    echeverría iglesias serrano blanco marín rubio calvo gallego prieto lozano márquez vidal ibáñez benítez
    valenzuela pizarro tapia silva morales sepulveda fuentes espinoza bravo olivares cortes miranda gallardo
    saavedra escobar villalobos carvajal alarcón alarcon bustos leiva maldonado vergara salinas valdés valdes
    quintero arango montoya cardona londoño giraldo osorio duque mejía mejia velásquez velasquez trujillo
    cabello cano caballero herrero montero hidalgo ferrer nieto aguirre
    rosales villanueva solís solis paredes valverde quintana toledo ponce barrios cisneros
    beltrán beltran padilla ochoa salas ayala robles camacho villarreal zamora mendez ibarra""".split()
)
# Basque family names, by their endings ('Aranburu Mendizabal', 'Etxeberria Goikoetxea').
_BASQUE_FAMILY_END = re.compile(
    r"(?:aga|eta|egi|egui|buru|zabal|ola|ondo|etxea|etxe|txea|aran|arte|alde|garai|garay|koa|tza|tegi|gorri|berri)$"
)
_MIDDLE_GIVEN = frozenset(
    """jane anne ann marie mary lee louise elizabeth rose grace lynn may jean michael james john paul david
    esteban fernando alberto andrés antonio carlos eduardo enrique felipe francisco gabriel ignacio javier jesús
    jorge josé juan luis manuel miguel pablo pedro rafael ramón sebastián tomás álvaro alejandro daniel diego
    maría isabel elena teresa lucía sofía carmen pilar rosa inés beatriz victoria fernanda cristina patricia
    mercedes dolores guadalupe alejandra gabriela valentina camila paula natalia andrea""".split()
)
_SPANISH_SURNAME_END = re.compile(r"(?:[aeiouáéíóú]z)$")
_PORTUGUESE_MARKS = re.compile(r"[ãõçâêô]")


def _two_spanish_family_names(first: str, last: str) -> bool:
    """Whether 'first last', after a given name, are two Spanish family names ('Castillero Díaz')."""
    key = first.casefold()
    if key in _MIDDLE_GIVEN or _PORTUGUESE_MARKS.search(f"{first}{last}".casefold()):
        return False
    return bool(
        key in _SPANISH_FAMILY
        or _SPANISH_SURNAME_END.search(key)
        or (len(key) >= 6 and _BASQUE_FAMILY_END.search(key) is not None)
        or re.search(r"[áéíóúñ]", f"{first}{last}".casefold())
    )


# Professions written before a name in India and elsewhere ('CA', 'Er.', 'Adv.'): not said in a greeting.
_DESIGNATIONS = frozenset("CA Er. Adv.".split())
# Titles a note keeps with the family name, as a courtroom or an embassy would ('Hello Judge Okafor').
FORMAL_TITLES = frozenset("Judge Justice Ambassador Bishop Senator".split())
# Titles said with the given name: 'Sir Keir', 'Dame Sarah', 'Ato Bekele'.
GIVEN_NAME_TITLES = frozenset("Sir Dame Ato".split())

# Given names of two words, common in Spanish, Portuguese, French and English ('José María de la Cruz' goes by
# 'José María'); read as one given name when a family name follows, a guess the warning names (greet_as wins).
_COMPOUND_GIVEN = frozenset(
    " ".join(pair.split())
    for pair in """josé maría|maría josé|juan carlos|juan pablo|juan josé|juan manuel|josé luis|josé antonio
    |josé manuel|josé miguel|luis miguel|miguel ángel|ana maría|ana lucía|ana isabel|ana sofía|maría luisa
    |maría elena|maría fernanda|maría teresa|maría isabel|maría eugenia|juan martín|joão pedro|joão paulo
    |ana clara|maria eduarda|luiz carlos|luiz fernando|ana paula|maria clara|ana beatriz|jean pierre|jean paul
    |jean marc|jean luc|marie claire|anne marie|marie france|marie christine|mary ann|mary jane|anna maria
    |rosa maria|jean de dieu|jean de la croix|marie de lourdes
    |joanna marie|kristine joy|mary grace|mary joy|mary rose|ma. cristina|ma. theresa|john mark|john rey
    |bobby joe|billy bob|billy joe|billy ray|jim bob|peggy sue|betty lou|mary beth|mary kate|sue ellen
    |máret ánne|maret anne
    |mohammad reza|mohammad ali|mohammad hossein|mohammad mehdi|mohammad javad|amir hossein|amir ali|ali reza
    |ali akbar|mohammad hassan|mohammad amin|abdol reza|mohammad taghi|fatemeh zahra""".split("|")
)

# The first of two given names in the Philippines, before a family name with 'Dela' or 'Delos' ('Maria Clarissa
# Dela Cruz' goes by Maria Clarissa).
_FIRST_OF_TWO = frozenset("maria ma. mary john jose josé juan ana anna rose jean".split())

# Common family names of the family-name-first conventions, most common first (the rank breaks a tie when
# both words of a name are family names: 'Wei Zhang' is read as Zhang, the commoner one, being the family).
_KOREAN = """kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang lim im han oh seo
    suh shin kwon hwang ahn song yoo ryu hong jeon chun ko moon mun yang son bae baek paik heo huh nam noh roh
    kwak cha joo woo byun chae koo""".split()
_VIETNAMESE = """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam
    mai cao""".split()
_JAPANESE = """sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
    yamaguchi saito matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
    ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii sakamoto endo aoki fujii
    nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko
    wada nakayama ishida ueda morita shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando
    taniguchi maruyama imai takeda murata ueno sugiyama masuda hirano otsuka koyama chiba kubo matsui
    iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai kojima honda tanabe nishida hoshino kuroda
    sugawara takano kawaguchi nakanishi nishikawa hirata kawasaki iwata matsumura takayama yano sano nagai
    kawamura kitamura kaneda komatsu kawai nakata sakata tsuchiya ishibashi shimada hamada hattori kubota
    fukushima mochizuki nagata okabe tsuji toyoda uchiyama yasuda yoshimura sakaguchi takada taguchi higuchi
    ohashi oshima oyama ozawa shinohara sugimoto tsuda tokunaga fujimoto arakawa nakazawa kawakami yamauchi
    miyake ishihara ichikawa kataoka sekiguchi matsuoka mizuno nagano nozaki okuda hirose furukawa aoyama
    akiyama amano asano hosokawa igarashi iida iwamoto kamata katayama kawano kitagawa koike kono matsushita
    minami miyata mizutani murai nakamoto nishiyama niwa oda ohno okamura okazaki onishi seki shibuya
    tachibana takemoto tamaki terada tomita tsukamoto umeda wakabayashi yamagishi yamamura yokota yoshikawa
    yoshioka yamanaka nishimoto matsuzaki noda okubo shiraishi takeshita iwai kashiwagi hayakawa kanda
    kurosawa miyagi nakai hamaguchi sakuma miyashita kamei morimoto nishino takamura""".split()
_CHINESE = """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
    yao lu jiang cui zhong tan lu fan wang liao shi jin
    tsai hsu hsieh kuo hung tseng chiu chou yeh chuang chiang kao chien tsao hsiao teng shih tsou""".split()
_HUNGARIAN = """nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász lakatos
    mészáros oláh rácz fekete szilágyi török fehér balázs gál kis szűcs kocsis pintér fodor szalai
    sipos magyar lukács gulyás biró király katona jakab bogdán sándor boros fazekas kelemen antal orosz
    somogyi fülöp veres vincze hegedűs deák bálint illés pál vass szőke fábián vörös lengyel bognár
    bodnár hajdu halász kozma székely gáspár pásztor bakos dudás orbán virág barta borbély nemes simon kun
    szénási buzás csonka szekeres pap mezei""".split()
_HUNGARIAN_GIVEN = frozenset(
    """lászló istván józsef jános zoltán sándor gábor ferenc attila péter tamás zsolt tibor andrás csaba imre
    lajos györgy balázs róbert mária erzsébet katalin ilona éva anna zsófia zsuzsanna judit ágnes andrea
    krisztina erika eszter nóra réka dóra bence máté dávid levente ádám dániel gergő márton anikó edit
    gabriella kinga orsolya tímea viktória boglárka lilla csilla hajnalka enikő ildikó magdolna noémi bálint
    ákos áron botond dénes ernő gergely kristóf lőrinc marcell milán norbert olivér richárd szabolcs viktor
    zsigmond fanni flóra hanna jázmin luca petra zita vivien kitti
    szilvia bernadett melinda zsuzsa kata gyula béla miklós endre géza károly mihály""".split()
)

# A romanised given name of each convention, syllable by syllable (permissive: the family name decides).
# Korean given names take their syllables from a small set, which keeps 'Kim Morgan' and 'Lee Mason' (a given
# name Kim or Lee) from reading as Korean.
_KOREAN_SYLLABLES = """hae hyung byung byeong doo gu yeo min jun joon ji woo seo yeon yun yoon ha eun su soo hyun hyeon jin jae young yeong sung
    seong hee hye kyung kyeong ho hoon hun jung jeong won bin bum beom chan chul cheol dong do gyu kyu han hwa
    hwan il in ju joo kang ki gi mi myung myeong na nam ra rin sang se seok suk shin shik sik sol sun tae uk
    wan wook ye yong yu ah ae bo chae da dae geun gun geon gyeong hak hong hyo hyuk hyeok ja kwang gwang mun
    moon ok rae ryeong ryung seon seung si so song ran yeol yul heon hwi gyeol eon kyo un jong hyeong gil
    chang pil hui chun choon jeom soon sook myo""".split()
_KOREAN_SYLLABLE = "(?:" + "|".join(sorted(_KOREAN_SYLLABLES, key=len, reverse=True)) + ")"
_PINYIN_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou"
    r"|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v))"
)
_JAPANESE_SYLLABLE = r"(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|py|j|[kgsztdnhbpmyrwf])?(?:[aeiou]|ou|oo|uu)|n)"
_VIETNAMESE_SYLLABLE = (
    r"(?:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?)"
)


def _syllables(pattern: str, hyphen: bool = True) -> re.Pattern[str]:
    one = rf"{pattern}+"
    return re.compile(rf"^{one}(?:-{one})*$" if hyphen else rf"^{one}$")


_GIVEN_SHAPES = {
    "Korean": re.compile(rf"^{_KOREAN_SYLLABLE}{{1,2}}(?:[- ]{_KOREAN_SYLLABLE}{{1,2}})?$"),
    # pinyin ('Xiaoming'), or two syllables joined by a hyphen as Taiwan and Hong Kong write them ('Chih-wei')
    "Chinese": re.compile(rf"^{_PINYIN_SYLLABLE}+(?:-{_PINYIN_SYLLABLE}+)*$|^[a-z]{{1,6}}-[a-z]{{1,6}}$"),
    "Japanese": _syllables(_JAPANESE_SYLLABLE, hyphen=False),
    "Vietnamese": _syllables(_VIETNAMESE_SYLLABLE, hyphen=False),
}
_FAMILY_FIRST = {
    "Korean": _KOREAN,
    "Vietnamese": _VIETNAMESE,
    "Japanese": _JAPANESE,
    "Chinese": _CHINESE,
    "Hungarian": _HUNGARIAN,
}


def _plain(word: str) -> str:
    """Lower case without accents or full stops: 'Nguyễn' -> 'nguyen'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip(".,"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


def _rank(word: str, convention: str) -> int | None:
    names = _FAMILY_FIRST[convention]
    key = word.casefold().strip(".,") if convention == "Hungarian" else _plain(word)
    return names.index(key) if key in names else None


def _looks_given(words: list[str], convention: str) -> bool:
    if convention == "Hungarian":
        return len(words) == 1 and words[0].casefold() in _HUNGARIAN_GIVEN
    shape = _GIVEN_SHAPES[convention]
    return all(shape.match(_plain(w)) for w in words) and len(words) <= (
        3 if convention == "Vietnamese" else 2
    )


def _best_family_rank(word: str) -> int | None:
    ranks = [r for c in _FAMILY_FIRST if (r := _rank(word, c)) is not None]
    return min(ranks) if ranks else None


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name as written, split: the title ('Dr.'), the given name and the family name, and whether the
    split was a guess (a family-name-first convention read from the family name, or an ambiguous order)."""

    written: str
    title: str  # as shown in a greeting ('Dr.', 'Judge'), '' for none
    given: str  # '' when only a title and a family name are written ('Dr. Okafor')
    family: str  # '' when only one name is written
    family_first: bool
    guessed: bool
    why: str  # when guessed: why, in a phrase
    other_reading: str = ""  # the given name had the order been read the other way, when both may be

    @property
    def call(self) -> str:
        """The name to call them by in a note: the given name, else title and family name (and title and family
        name for a judge, a justice or an ambassador)."""
        if self.title in FORMAL_TITLES and self.family:
            return f"{self.title} {self.family}"
        if self.given:
            return self.given
        if self.title and self.family:
            return f"{self.title} {self.family}"
        return self.family or self.written

    @property
    def formal(self) -> str:
        """The name for a formal email: title and family name when a title is written, else `call`."""
        if self.title in GIVEN_NAME_TITLES and self.given:
            return f"{self.title} {self.given}"
        if (
            self.title in _DESIGNATIONS
        ):  # 'CA Kavita Jhunjhunwala': letters of a profession, no courtesy title
            return self.call
        if self.title and self.family:
            return f"{self.title} {self.family}"
        if self.title and self.given:  # a name with no family name: 'Dr. Nurul Aina' (binti Rahman)
            return f"{self.title} {self.given}"
        return self.call


def _rank_words(words: list[str]) -> int:
    """How many words at the start of `words` are a rank or office of several words ('Station Manager Khalid
    al-Harthi' -> 2, 'Battalion Chief Ramona Yazzie' -> 2); 0 when they are not one. A name follows it."""
    found = 0
    for i, word in enumerate(words[:-1]):
        key = word.casefold().rstrip(".")
        if i and (key in _RANK_HEADS or key in _TITLE_WORDS):
            found = i + 1
        if key not in _RANK_PREFIXES:
            break
    return found


def _split_title(words: list[str]) -> tuple[str, list[str]]:
    title = ""
    rank = _rank_words(words)
    if (
        rank
    ):  # 'Station Manager', shown as written, without a job's qualifiers ('Senior Check Captain': Captain)
        kept = [w for w in words[: rank - 1] if w.casefold().rstrip(".") not in _QUALIFIERS] + [
            words[rank - 1]
        ]
        title = " ".join(w.capitalize() if w.islower() else w for w in kept)
        return title, _without_letters_after(words[rank:])
    while len(words) > 2 and words[0].casefold() in _NAME_PREFIXES:
        words = words[1:]
    if len(words) > 2 and words[0].casefold() == "the" and words[1].casefold() in _TITLE_WORDS:
        words = words[1:]  # 'The Ven. Patricia Yelland', 'The Reverend Canon Dr. ...'
    shown = []  # the first title, with the word a rank needs after it: 'Sqn Ldr', 'Det. Sgt.' ('Dr. ir.' is 'Dr.')
    while len(words) > 1 and (words[0].casefold() in _TITLE_WORDS or words[0].casefold() in _DOTTED_TITLES):
        key = words[0].casefold().rstrip(".")
        if shown and shown[-1].lower().rstrip(".") in _STYLES:
            shown = []  # 'Reverend Canon Dr.': a clergy style gives way to the title after it (Dr. Sowerby)
        if not shown or shown[-1].lower().rstrip(".") in _JOINS_NEXT:
            shown.append(_TITLE_SHOWN.get(key, key.capitalize()))
        words = words[1:]
        while len(words) > 2 and words[0].casefold() in ("i.g.", "a.d.", "d.r."):
            words = words[1:]  # 'Oberstleutnant i.G.': a mark of the rank, not a name
    title = " ".join(shown)
    while len(words) > 2 and words[0].casefold() in _NAME_PREFIXES:  # 'Engr. Md. Nurul Zaman'
        words = words[1:]
    return title, _without_letters_after(words)


def _without_letters_after(words: list[str]) -> list[str]:
    """The name without the letters written after it ('Dr. Anil Krishnamurthy FRCEM' -> 'Anil Krishnamurthy')."""
    while len(words) > 2 and _post_nominal(words[-1], words[-2].endswith(",")):
        before = words[-2]
        if before.isupper() and not before.endswith(",") and not _post_nominal(before, False):
            break  # 'Pierre-Yves LE GOFF': a family name in capitals
        words = words[:-1]
    while len(words) > 1 and words[-1].casefold().strip(",") in _SUFFIXES:
        words = words[:-1]
    return words


def _given_first(
    written: str, title: str, words: list[str], guessed: bool = False, why: str = ""
) -> PersonName:
    if len(words) == 1:
        return PersonName(
            written, title, "" if title else words[0], words[0] if title else "", False, guessed, why
        )
    if len(words) >= 4 and " ".join(words[:3]).casefold() in _COMPOUND_GIVEN and not guessed:
        # 'Jean de Dieu Habimana' goes by 'Jean de Dieu', and is Dr. Habimana
        return PersonName(written, title, " ".join(words[:3]), " ".join(words[3:]), False, True,
                          f"{' '.join(words[:3])!r} read as one given name", words[0])  # fmt: skip
    if (
        len(words) >= 3
        and words[0].casefold() in _MALAY_FIRST
        and not guessed
        and not any(w.casefold() in _PATRONYMIC for w in words)
    ):
        # Malay given names of two words: 'Nurul Ain Hashim' goes by Nurul Ain, 'Siti Aminah Yusof' by Siti Aminah
        return PersonName(written, title, f"{words[0]} {words[1]}", " ".join(words[2:]), False, True,
                          f"'{words[0]} {words[1]}' read as one given name", words[0])  # fmt: skip
    if len(words) >= 4 and words[-2].casefold() in ("i", "y"):
        # Catalan and Spanish join two family names: 'Núria Casals i Ferrer' goes by Núria
        return PersonName(written, title, words[0], " ".join(words[1:]), False, guessed, why)
    filipino = (
        len(words) == 4 and words[2].casefold() in ("dela", "delos") and words[0].casefold() in _FIRST_OF_TWO
    )
    if (
        filipino or len(words) >= 3 and f"{words[0]} {words[1]}".casefold() in _COMPOUND_GIVEN
    ) and not guessed:
        given = f"{words[0]} {words[1]}"
        name = _given_first(written, title, [given, *words[2:]])
        why = f"{given!r} read as one given name"
        return replace(name, guessed=True, why=why, other_reading=words[0])
    patronymic = next((i for i, w in enumerate(words[1:-1], 1) if w.casefold() in _PATRONYMIC), None)
    if patronymic is not None:  # 'Hi Nurul' for Nurul Aina binti Rahman passes too, as 'Hi José' does
        given = " ".join(words[:patronymic])
        family_at = next(
            (j for j in range(patronymic + 2, len(words)) if _ARABIC_FAMILY.match(words[j])), None
        )
        family = " ".join(words[family_at:]) if family_at is not None else ""
        return PersonName(
            written, title, given, family, False, guessed, why, words[0] if patronymic > 1 else ""
        )
    opened = _opened_given(written, title, words, guessed, why)
    if opened is not None:
        return opened
    if len(words) == 4 and not guessed and not any(w.casefold() in _PARTICLES for w in words):
        # Four names and no particle: two given names and two family names, as Spanish and Portuguese
        # write them ('Rosa Elena Castillo Méndez' goes by 'Rosa Elena'); a guess, and 'Hi Rosa' passes too.
        given = f"{words[0]} {words[1]}"
        name = PersonName(written, title, given, " ".join(words[2:]), False, True, "", words[0])
        return replace(name, why=f"{given!r} read as the given name of a name with two family names")
    rest = words[1:]
    start = next((i for i, w in enumerate(rest[:-1]) if w.casefold() in _PARTICLES), len(rest) - 1)
    if len(rest) == 2 and start == 1 and (title in _HISPANIC_TITLES or _two_spanish_family_names(*rest)):
        start = 0  # 'Ing. Rodrigo Sepúlveda Araya' is Ing. Sepúlveda Araya: both family names, never the second alone
    return PersonName(written, title, words[0], " ".join(rest[start:]), False, guessed, why)


def _opened_given(written: str, title: str, words: list[str], guessed: bool, why: str) -> PersonName | None:
    """A given name of two words, known by its first ('Nii Armah', 'Abu Bakr', 'Pak Budi', 'Nana Ama') or, in a
    Cantonese name written given name first, by the family name after it ('Tai Man Chan'); else None."""
    if len(words) == 2 and words[0].casefold() in _ARABIC_COMPOUND_FIRST:  # 'Abdul Karim' is one name
        return PersonName(
            written, title, " ".join(words), "", False, True, "an Arabic given name of two words"
        )
    if len(words) >= 2 and words[0].casefold() in _ADDRESS_FORMS:  # 'Pak Budi', 'Ibu Sri Wahyuni'
        form = "Pak" if words[0].casefold() == "bapak" else words[0]
        return PersonName(written, title, f"{form} {words[1]}", " ".join(words[2:]), False, guessed, why)
    if len(words) == 3 and (
        words[2].casefold() in _SOUTHERN_CHINESE
        and words[0].casefold() not in _SOUTHERN_CHINESE
        and all(_CHINESE_SYLLABLE.match(w.casefold()) for w in words[:2])
    ):  # 'Tai Man Chan': a Cantonese given name of two words, then the family name
        return PersonName(written, title, f"{words[0]} {words[1]}", words[2], False, True, why or "a guess")
    if len(words) >= 3 and (
        words[0].casefold() in _GIVEN_PREFIXES
        or words[0].casefold() in _ARABIC_COMPOUND_FIRST
        or (words[0].casefold() == "nana" and words[1].casefold() in _AKAN_DAY_NAMES)
    ):  # 'Nii Armah Lamptey', 'Nana Ama Obeng'
        return PersonName(written, title, f"{words[0]} {words[1]}", " ".join(words[2:]), False, guessed, why)
    return None


def _family_first(
    written: str, title: str, words: list[str], convention: str, guessed: bool = True, why: str = ""
) -> PersonName:
    rest = words[1:]
    given = rest[-1] if convention == "Vietnamese" else " ".join(rest)
    why = why or f"read as a {convention} name, family name first"
    return PersonName(written, title, given, words[0], True, guessed, why)


_INITIAL = re.compile(r"^[^\W\d_]\.?$|^(?:[^\W\d_]\.){2,}$")
# The name someone goes by, written inside the name: 'Katarzyna (Kasia) Nowak', 'Robert "Bob" Smith'.
_NICKNAME = re.compile(r"(?:^|(?<=\s))[(\"“‘]([^()\"“”‘’]+)[)\"”’]\s*")  # not 'FCS(SA)', letters after a name


# One syllable of a Chinese given name as Taiwan and Hong Kong romanise it ('chih', 'wei', 'hsiao', 'ling').
_CHINESE_SYLLABLE = re.compile(r"^(?:[bcdfghjklmnpqrstwxyz]{1,3})(?:[aeiouü]{1,3})(?:ng|n|h)?$")


def _capital(word: str) -> str:
    """'o'neill' -> "O'Neill", 'adeyemi-balogun' -> 'Adeyemi-Balogun'; a particle stays small ('de')."""
    if word in _PARTICLES:
        return word
    if len(word) > 3 and word.startswith("mc"):  # 'mcarthur' -> 'McArthur'
        return "Mc" + _capital(word[2:])
    parts = word.split("-")
    if len(parts) == 2 and all(p in _KOREAN_SYLLABLES for p in parts):  # a Korean given name: 'Joon-ho'
        return word.capitalize()
    if len(parts) == 2 and all(_CHINESE_SYLLABLE.match(p) for p in parts):  # Taiwan, Hong Kong: 'Chih-wei'
        return word.capitalize()
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


def display_name(written: str) -> str:
    """A name as a message writes it: as typed, unless typed all in lower case ('sofía martínez') or all in
    capitals ('DARIUSZ MAZUREK'), which a message writes with capitals ('Sofía Martínez', 'Dariusz Mazurek');
    particles stay small ('josé de la cruz' -> 'José de la Cruz'). One word in capitals among others is a family
    name marked as such ('PARK Joon-ho'), and a lone short word ('AJ') may be initials: both stay as typed."""
    if not any(c.isalpha() for c in written):
        return written
    words = written.split(" ")
    titled = [w.casefold() in _TITLE_WORDS for w in words]
    name = " ".join(w for w, t in zip(words, titled, strict=True) if not t)
    if name == name.upper() and name != name.lower():
        if len(name.split()) < 2 and len(name.strip()) <= 3:
            return written
        return " ".join(w if t else _capital(w.lower()) for w, t in zip(words, titled, strict=True))
    if written != written.lower():
        return written
    return " ".join(_capital(word) for word in words)


@lru_cache(maxsize=2048)
def parse_name(written: str) -> PersonName:
    """The parts of a name as written, with the family-name-first conventions applied (see the module); a
    name in brackets or quotes ('Katarzyna (Kasia) Nowak') is the one they go by."""
    if _RETIRED.search(written) and _RETIRED.sub("", written).strip():
        return replace(parse_name(" ".join(_RETIRED.sub("", written).split())), written=written)
    nickname = _NICKNAME.search(written)
    if nickname and re.match(r"(?:el|la|lo|le|o|a|the)\s", nickname.group(1).strip(), re.I):
        # 'Martín "El Chino" Bonfiglio': a nickname with its article is what friends say; greet by the name
        return replace(parse_name(_NICKNAME.sub(" ", written).strip()), written=written)
    if nickname and nickname.group(1).strip() and _NICKNAME.sub(" ", written).strip():
        name = parse_name(_NICKNAME.sub(" ", written).strip())
        return replace(name, written=written, given=nickname.group(1).strip(), guessed=False, why="")
    title, words = _split_title(display_name(written).split())
    comma = len(words) >= 2 and words[0].endswith(",")
    words = [w.strip(",") for w in words if w.strip(",")]
    if not words:
        return PersonName(written, "", written, "", False, False, "")
    if comma:  # 'Okafor, Chidi': family name, then given name
        return PersonName(written, title, " ".join(words[1:]), words[0], True, False, "")
    if len(words) == 1:
        return _given_first(written, title, words)
    initials = next((i for i, w in enumerate(words) if not _INITIAL.match(w)), len(words))
    if 0 < initials < len(words):  # 'K. Rajeshwari', 'J. Robert Oppenheimer': called by the first full name
        rest = words[initials:]
        why = f"{' '.join(words[:initials])!r} read as initials, {rest[0]!r} as the given name"
        name = (
            _given_first(written, title, rest)
            if len(rest) > 1
            else PersonName(written, title, rest[0], "", False, False, "")
        )
        return replace(name, guessed=True, why=why)
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(capitals) == 1 and len(capitals) < len(words):  # 'PARK Joon-ho', 'Joon-ho PARK'
        if capitals[0] == 0:
            convention = next((c for c in _FAMILY_FIRST if _rank(words[0], c) is not None), "")
            words = [words[0].capitalize(), *words[1:]]  # 'Mr. Park', not 'Mr. PARK'
            return _family_first(written, title, words, convention or "family-name-first", guessed=False)
        return _given_first(written, title, [*words[:-1], words[-1].capitalize()])
    if len(words) == 2 and words[0].casefold() in _KHMER and words[1].casefold() in _KHMER_GIVEN:
        return _family_first(written, title, words, "Khmer")
    if len(words) >= 3 and words[0].casefold() in ("i", "ni") and words[1].casefold() in _BALINESE_ORDER:
        why = "a Balinese name: 'I' or 'Ni' and the birth-order name before the person's own name"
        return PersonName(written, title, " ".join(words[2:]), "", False, True, why)
    if len(words) >= 2 and all(w.casefold() in _BURMESE for w in words):
        # Burmese names have no family name: 'Khin Thandar Aye' is called by the whole name ('Daw' before it)
        why = "a Burmese name, read as one name with no family name"
        return PersonName(written, title, " ".join(words), "", False, True, why)
    return _by_family_names(written, title, words)


# Burmese names are syllables of one name, none a family name; these are the common ones.
_BURMESE = frozenset(
    """aung khin kyaw zaw htun tun thein myint hlaing win moe thandar aye nyein phyu soe naing thu maung hnin
    mya oo lwin myo htet wai yadanar nandar thet zin sandar khaing thiri thida swe san yee ohn ko hla kyi
    thazin ei phyo wint yamin naw nwe shwe tin daw min myat pyae phoo htay khine sone""".split()
)


# Family names of Chinese written in Hokkien, Cantonese or Teochew (Singapore, Malaysia, Hong Kong): 'Ng Siew
# Ling', 'Tan Wei Ming' go by 'Siew Ling', 'Wei Ming'. Read so when the name has three words.
_SOUTHERN_CHINESE = frozenset(
    """ng tan lim teo goh ong koh chua yeo tay toh chan wong cheung leung lau kwok tse yip fung tsang chow loh
    quek heng seah sim neo ang chong cheong chin chia foo low yap yeoh khoo liew leong soh wee phua pang poh choo
    chew hew hii kok kwan lai lam lum mok quah seow sia teh tee thong yong""".split()
)


def _by_family_names(written: str, title: str, words: list[str]) -> PersonName:
    """Family name first when the first word is a common family name of such a convention and the rest
    looks like a given name of it; when the last word is as good a family name, the commoner one wins."""
    if (
        len(words) == 3
        and words[0].casefold() in _SOUTHERN_CHINESE
        and words[2].casefold() not in _SOUTHERN_CHINESE
    ):
        return _family_first(written, title, words, "Chinese (Hokkien, Cantonese)")
    # 'Várnai Réka': a family name the list lacks, then a Hungarian given name
    if len(words) == 2 and _hungarian_family_first(words):
        return _family_first(written, title, words, "Hungarian")
    for convention in _FAMILY_FIRST:
        first_rank = _rank(words[0], convention)
        if first_rank is None or not _looks_given(words[1:], convention):
            continue
        last_rank = _best_family_rank(words[-1])
        if last_rank is None:
            return _family_first(written, title, words, convention)
        why = f"both {words[0]!r} and {words[-1]!r} are family names; the order is a guess"
        if first_rank < last_rank:
            name = _family_first(written, title, words, convention, why=why)
            return replace(name, other_reading=words[0])
        return replace(_given_first(written, title, words, guessed=True, why=why), other_reading=words[-1])
    return _given_first(written, title, words)


# Khmer names are written family name first ('Chhun Sokha' goes by Sokha): common family and given names.
_KHMER = frozenset(
    """chhun keo sok chea heng meas prak seng hun touch pen yim oum nou khim tep ouk pich sar ros chhay leng
    tith hor vann suon thach ung srun nhem mao kong chhim chhoeun sin""".split()
)
_KHMER_GIVEN = frozenset(
    """sokha sreymom dara sophea vannak sopheap chanthou bopha rithy sovann piseth kosal sokhom channary chenda
    sreypov vuthy sokunthea visal ratana sophal chantha sokun sothea sreyneang sovannara pisey kunthea sreyleak
    mony davy rotha sopheak virak dina veasna chhaya sothy leakena malis sokny sreyoun samnang sinath""".split()
)
# Balinese names: 'I' (men) or 'Ni' (women), then the birth-order name, then the person's own name, which is
# what they are called by ('Ni Made Wulandari' goes by Wulandari); there is no family name.
_BALINESE_ORDER = frozenset("wayan putu gede made kadek nengah nyoman komang ketut".split())


def _hungarian_family_first(words: list[str]) -> bool:
    """A Hungarian name whose family name is not in the list: a Hungarian given name second, and first a word
    that is no given name and looks Hungarian (its letters, or the '-i'/'-y' of 'Várnai', 'Somogyi')."""
    first, second = (w.casefold() for w in words)
    return (
        second in _HUNGARIAN_GIVEN
        and first not in _HUNGARIAN_GIVEN
        and _rank(words[0], "Hungarian") is None
        and (bool(re.search(r"[őűáéíóöúü]", first)) or first.endswith(("ai", "yi", "gyi", "ssy", "thy")))
    )


def first_name(full_name: str) -> str:
    """The name to call someone by: the given name, skipping titles such as 'Dr.' and reading the
    family-name-first conventions ('Park Joon-ho' -> 'Joon-ho'); title and family name when no given name is
    written ('Dr. Okafor')."""
    return parse_name(full_name).call


def greeting_name(full_name: str, formal: bool = False, greet_as: str | None = None) -> str:
    """The name a greeting uses: `greet_as` when given; else in a formal email title and family name when a
    title is written ('Dear Dr. Okafor'), and otherwise the given name ('Hi Joon-ho')."""
    if greet_as:
        return greet_as
    name = parse_name(full_name)
    return name.formal if formal else name.call
