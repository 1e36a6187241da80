// Word lists the heuristics share. Lowercase; matched against normalised tokens.

export const FILLERS = new Set(["um", "umm", "uh", "uhh", "erm", "hmm", "mm"]);

/** Nouns too vague to be a keyphrase, a title or a glossary term on their own. */
export const GENERIC_NOUNS = new Set(
  "thing things stuff lot lots way ways bit time times people person someone something anything everything everyone anyone nothing nobody guys kind sort part parts point points question questions answer answers idea ideas end start day days week weeks month months year years minute minutes hour hours today tomorrow yesterday morning rest number numbers example examples case cases fact place job work one ones bunch couple side reason reasons problem problems yes no okay".split(" "),
);

/** Verbs that open an instruction even when a tagger reads lowercase ASR text as a noun. */
export const IMPERATIVE_VERBS = new Set(
  "add adapt ask assign attach avoid book bring call celebrate change check choose click close collect complete confirm contact copy create delete draft email enable escalate explain fill finish flag follow go join keep leave let listen log look make meet move note open pick plan prepare pull read record rehearse remove reply repeat report request review run save schedule search select send set share shadow sign spend start stay submit switch tag take talk tell tick turn update upload use verify visit wait watch write".split(" "),
);

/** Phrases that turn a statement into an obligation ("you should …"). */
export const OBLIGATION = /\b(you should|you need to|you have to|you must|you'll want to|you will want to|make sure|be sure to|don't forget to|do not forget to|remember to|it's important to|it is important to|we need you to|i want you to|please)\b/i;

/** Words that open a new sentence in unpunctuated speech, with how strongly they signal it. */
export const DISCOURSE_MARKERS: [RegExp, number][] = [
  [/^(first|firstly|second|secondly|third|thirdly|fourth|fifth|sixth|seventh|finally|lastly|next|okay|ok|alright|so now|now let's|let's|here is|here's|to wrap up|after that|remember|welcome)\b/, 0.3],
  [/^(then|now|also|if|when|once|never|always|and then|but)\b/, 0.12],
];

export const STRONG_VERBS = new Set(
  "win won lose lost build break cost costs save saves stay stays grow prove proves matter matters change changes solve solves trust fail fails learn lead become becomes beat earn earns kill kills make makes create creates drive drives decide decides celebrate travel travels".split(" "),
);

export const CONTRAST = /\b(but|not|never|instead|rather than|more than|less than|only|always|nobody|every|unless|without|than)\b/i;

/** Openers that point back to an earlier sentence: a quote that starts with them is not self-contained. */
export const BACK_REFERENCE = /^(and|but|so|because|or|it|it's|this|that|these|those|they|them|he|she|which|also|then|yes|no|not|as well)\b/i;

export const NUMBER_WORDS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|percent|half|twice)\b/i;

export const PRONOUNS = new Set("i me my you your we our us they them their he him his she her it its this that these those there here someone something".split(" "));

export const DETERMINERS = /^(a|an|the|our|your|my|their|his|her|its|this|that|these|those|every|each|any|some)\s+/i;
