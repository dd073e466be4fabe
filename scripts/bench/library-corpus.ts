import type { SaveInput } from '../../utils/library/save';

/**
 * A deterministic reading list of realistic size for the library benchmark: articles of 300 to
 * 3,000 words (median about 1,000, ~7 KB of text, ~8 KB of HTML), words drawn from a 20,000-word
 * vocabulary with a Zipf distribution as in real prose, one article in twenty in Chinese (its
 * characters Zipf-distributed too).
 */

/** A small seeded generator (mulberry32), so every run measures the same list. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sa',
  'to',
  'vel',
  'an',
  'dor',
  'es',
  'fi',
  'gun',
  'hal',
  'ir',
  'jo',
  'ly',
  'mon',
  'nes',
  'or',
  'pra',
  'qui',
  'sto',
  'tur',
  'um',
  'vin',
  'wes',
  'xa',
  'yel',
  'zu',
  'be',
];
const HAN =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域读书慢';

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

function vocabulary(next: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 1 + Math.floor(next() * 3.2);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return Array.from(words);
}

/** Zipf: rank r is drawn with probability ~ 1/r (inverse-CDF on a harmonic approximation). */
function zipfPicker(next: () => number, size: number): () => number {
  const harmonic = Math.log(size) + 0.5772;
  return () => Math.min(size - 1, Math.floor(Math.exp(next() * harmonic)) - 1);
}

export function* generateArticles({ articles, seed = 7 }: CorpusOptions): Generator<SaveInput> {
  const next = random(seed);
  const words = vocabulary(next, 20_000);
  const rank = zipfPicker(next, words.length);
  const hanRank = zipfPicker(next, HAN.length);
  const sites = Array.from({ length: 300 }, (_, i) => `Site ${words[i * 7]!} ${i}`);
  const tags = words.slice(100, 160);
  for (let index = 0; index < articles; index++) {
    const chinese = index % 20 === 0;
    const length = Math.round(300 + Math.pow(next(), 2) * 2700 + next() * 400);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let w = 0; w < length; w++) {
      paragraph.push(
        chinese ? Array.from({ length: 2 }, () => HAN[hanRank()]).join('') : words[rank()]!,
      );
      if (paragraph.length > 40 + next() * 80 || w === length - 1) {
        paragraphs.push(paragraph.join(chinese ? '' : ' '));
        paragraph = [];
      }
    }
    const title = Array.from({ length: 3 + Math.floor(next() * 8) }, () => words[rank()]).join(' ');
    const site = sites[Math.floor(next() * sites.length)]!;
    yield {
      url: `https://${site.replace(/\s+/g, '-').toLowerCase()}.example/${index}/${title.replace(/\s+/g, '-')}`,
      title,
      byline: `Author ${words[Math.floor(next() * 500)]}`,
      siteName: site,
      publishedTime: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
      lang: chinese ? 'zh' : 'en',
      dir: 'ltr',
      excerpt: paragraphs[0]!.slice(0, 200),
      leadImage: `https://cdn.example/${index}.jpg`,
      wordCount: length,
      readingMinutes: Math.max(1, Math.round(length / 230)),
      content: paragraphs.map((text) => `<p>${text}</p>`).join(''),
      textContent: paragraphs.join('\n'),
      related: [],
      tags: next() < 0.3 ? [tags[Math.floor(next() * tags.length)]!] : [],
    };
  }
}

/** Words that occur in the corpus, for queries: common, rare, prefixes, two words, CJK. */
export function sampleQueries(seed = 7): string[] {
  const next = random(seed);
  const words = vocabulary(next, 20_000);
  return [
    words[3]!,
    words[50]!,
    words[400]!,
    words[2_000]!,
    words[9_000]!,
    words[15]!.slice(0, 3),
    words[700]!.slice(0, 4),
    `${words[10]} ${words[200]}`,
    `${words[30]} ${words[31]} ${words[90]}`,
    `${words[1_500]!.slice(0, -1)}x`,
    '读书',
    '中国',
  ];
}
