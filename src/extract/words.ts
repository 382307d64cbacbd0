/** Closed word classes the attribution rules rely on (all lower-case, straight apostrophes). */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may stand between a subject and its speech verb: "X has also said", "X later told". */
export const SKIPPABLE_BEFORE_CUE = set(`also later previously repeatedly publicly recently reportedly then now further
  separately again first initially already still even only just never not n't has have had will would could can may might
  must should did does do is was are were been being has once earlier subsequently privately openly today yesterday
  'm 're am emphatically flatly quickly immediately angrily simply clearly explicitly mistakenly falsely correctly`);

export const BE_FORMS = set(`is was are were be been being 's 'm 're am`);

export const SUBJECT_PRONOUNS = set(`he she they it i we who`);
export const POSSESSIVE_PRONOUNS = set(`his her their its our my your`);

export const DETERMINERS = set(`the a an this these those both all some many several two three four one another
  other any each every most few`);

/** Prepositions that may join the parts of a name: "Ambassador to the United States", "Council on Foreign Relations". */
export const NAME_CONNECTORS = set(`of for to at on de del la du von van und`);

/**
 * Words that describe a person before the name and are not part of it: parties, standing, nationality
 * ("Republican Donald Trump", "presumptive nominee", "Syrian President Bashar al-Assad").
 */
export const NAME_DESCRIPTORS = set(`republican republicans democratic democrat democrats gop independent libertarian
  conservative liberal progressive presumptive former then-candidate then-senator late incumbent outgoing retired
  billionaire businessman businesswoman mogul tycoon front-runner frontrunner nominee hopeful contender rival challenger
  candidate presidential vice-presidential american british russian chinese mexican syrian iranian israeli french german
  canadian japanese korean indian pakistani afghan iraqi saudi turkish egyptian cuban venezuelan ukrainian european
  republican-leaning democratic-leaning texas florida ohio california u.s. us`);

/** Titles and role nouns: they precede or describe a person and are not part of the name. */
export const TITLES =
  set(`president speaker vice prime minister secretary spokesman spokeswoman spokesperson senator sen. rep.
  representative governor gov. mayor judge justice general gen. colonel col. major maj. captain capt. lieutenant lt.
  sergeant sgt. officer director chairman chairwoman chair ceo cfo coo chief executive founder co-founder cofounder
  professor prof. dr. dr doctor ambassador envoy diplomat king queen prince princess pope bishop rev. reverend dictator
  leader commander adviser advisor aide attorney lawyer analyst economist coach member manager head editor reporter
  correspondent columnist official deputy assistant counsel mr. mrs. ms. mr mrs ms miss sir lord dame chancellor premier
  emeritus candidate lawmaker congressman congresswoman president-elect pastor imam rabbi sheikh player striker
  champion actor actress singer author writer researcher scientist student teacher father mother son daughter brother
  sister wife husband spokespeople commissioner administrator superintendent sheriff detective inspector chief-of-staff
  strongman autocrat owner partner host producer publisher anchor witness resident expert activist campaigner
  organizer organiser volunteer employee worker nurse surgeon physician pilot soldier marshal admiral referee umpire
  curator coauthor co-author economist historian`);

/** Heads of anonymous or generic human sources: "sources", "U.S. officials", "people familiar with …". */
export const HUMAN_HEADS = set(`source sources official officials person people aide aides insider insiders diplomat
  diplomats officer officers analyst analysts expert experts witness witnesses resident residents critic critics observer
  observers investigator investigators lawmaker lawmakers member members staff staffer staffers employee employees worker
  workers executive executives lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson spokespeople man woman
  men women doctor doctors scientist scientists researcher researchers teacher teachers student students father mother
  parents family friend friends neighbour neighbor neighbours neighbors colleague colleagues supporter supporters opponent
  opponents leader leaders minister ministers adviser advisers advisor advisors someone somebody everyone activist activists
  protester protesters police policeman authorities voters fans player players coach manager victim victims survivor
  survivors relative relatives agent agents`);

export const ORG_HEADS =
  set(`government ministry department agency administration police military army navy force forces
  company firm court council committee commission university party union office authority authorities bureau group pac
  super-pac campaign
  association organization organisation church foundation institute service bank board parliament congress senate house
  kremlin pentagon embassy consulate campaign team club federation league corporation corp corp. inc inc. ltd ltd. co
  co. llc plc fund center centre school district hospital network coalition alliance regime cabinet cartel guard
  command secretariat assembly tribunal prosecutors prosecutor's prosecution ministry's court's nation nations un nato
  fbi cia nsa who eu opec imf unicef trust holdings capital partners ventures industries technologies systems airlines
  airways motors energy mining resources pharmaceuticals labs laboratories media llp lp sa s.a. ag gmbh nv bv spa pty
  lithium oil gas petroleum steel metals minerals chemicals foods insurance logistics telecom telecommunications
  utilities`);

export const DOC_HEADS =
  set(`memo memos memorandum memoranda letter letters report reports document documents filing filings
  statement statements study studies survey surveys poll polls result results data figures estimate estimates analysis
  analyses records record email emails e-mail e-mails cable cables transcript transcripts papers complaint lawsuit
  indictment ruling article articles posting postings website site section page tweet tweets video footage book paper
  research findings evidence review audit assessment census notice release announcement minutes order decree bill
  message messages note notes testimony intelligence dossier leak leaks account accounts blog blogpost story stories
  investigation probe inquiry documentation count tally logs log entry entries testing polling slides slide files projections projection forecast forecasts numbers statistics`);

/** Last words that make an unknown capitalised name an outlet: "ABC News", "LA Weekly", "Saudi Gazette". */
export const OUTLET_HEADS = set(`news times post journal herald tribune gazette weekly daily press telegraph guardian
  independent observer chronicle agency television tv radio network magazine mail express star sun globe review monitor
  wire pundit inquirer examiner bulletin insider reuters bloomberg politico axios broadcasting courier dispatch record
  register standard mirror today online newswire report ledger`);
/** First words of outlets' names ("Radio Calvera", "Daily Meridian", "Channel 9"). */
export const OUTLET_LEADS = set(`radio tv channel daily`);
/** Common nouns that name what an outlet is, before its name ("the local paper Valdane Voice"). */
export const OUTLET_NOUNS = set(`paper newspaper daily weekly tabloid station broadcaster channel network website site
  magazine outlet`);
/** Outlet heads that name no outlet on their own ("Press", "TV", "Today", "News" in a header or a cut name). */
export const GENERIC_OUTLET_WORDS =
  set(`news press tv television radio network magazine online wire newswire today report
  daily weekly media`);

/** Single capitalised words that are places: a city or country speaking stands for its government. */
export const PLACE_WORDS =
  set(`moscow beijing washington london paris berlin kyiv kiev tehran caracas havana tokyo seoul
  pyongyang delhi islamabad kabul baghdad damascus cairo ankara jerusalem brussels rome madrid ottawa canberra russia china
  iran venezuela cuba ukraine israel syria iraq turkey india pakistan japan germany france britain uk us u.s. usa america
  mexico canada brazil australia europe africa asia egypt afghanistan indonesia malaysia italy spain portugal greece
  poland sweden norway finland denmark netherlands belgium switzerland austria hungary romania nigeria kenya ethiopia
  argentina chile colombia peru thailand vietnam philippines singapore taiwan korea scotland ireland wales england
  lebanon jordan qatar yemen libya sudan somalia bangladesh myanmar nepal armenia georgia belarus serbia croatia gaza
  new-zealand north-korea south-korea saudi-arabia south-africa hong-kong united-kingdom united-states sri-lanka`);

/** Capitalised last words of place names, never persons (days and months too: "Friday said" is a misparse). */
export const PLACE_HEADS = set(`ocean sea river street city island islands mountain mountains gulf bay states kingdom
  republic union county province region valley lake coast peninsula square avenue road park airport station strait
  canal desert america europe asia africa monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december`);

/** A third-person or past verb form ("blasts", "slammed"), not a "-ss", "-us" or "-is" noun ("boss", "status"). */
export const FINITE_VERB_FORM = /^\p{Ll}+(?:[^sui]s|ed)$/u;
