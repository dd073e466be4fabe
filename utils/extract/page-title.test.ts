import { describe, expect, it } from 'vitest';
import {
  chooseTitle,
  sameTitle,
  siteNameFromTitle,
  siteNamesOf,
  stripSiteName,
} from './page-title';
import { titleRuns } from './title-parts';

const names = siteNamesOf(['CNN'], 'https://edition.cnn.com/2025/06/12/world/peru');

describe('stripSiteName', () => {
  it.each([
    [
      'Peru weighs sending prisoners to El Salvador - CNN',
      'Peru weighs sending prisoners to El Salvador',
    ],
    [
      'Peru weighs sending prisoners to El Salvador | CNN',
      'Peru weighs sending prisoners to El Salvador',
    ],
    [
      'CNN | Peru weighs sending prisoners to El Salvador',
      'Peru weighs sending prisoners to El Salvador',
    ],
    ['Peru weighs sending prisoners | World | CNN.com', 'Peru weighs sending prisoners'],
    ['Peru weighs sending prisoners – cnn.com', 'Peru weighs sending prisoners'],
    // The site's name before a colon goes; any other text before one is the headline's.
    ['CNN.com Lima: Peru weighs sending prisoners', 'Peru weighs sending prisoners'],
    ['Prisons: Peru weighs sending prisoners', 'Prisons: Peru weighs sending prisoners'],
  ])('%s → %s', (title, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });

  it('keeps a dash that is part of the title', () => {
    expect(stripSiteName('Spider-Man returns - and this time it is personal', names)).toBe(
      'Spider-Man returns - and this time it is personal',
    );
  });
});

describe('chooseTitle', () => {
  it('prefers the visible headline that agrees with the metadata', () => {
    expect(
      chooseTitle({
        headings: ['Peru weighs sending prisoners to El Salvador'],
        ogTitle: 'Peru weighs sending prisoners to El Salvador | CNN',
        jsonLdHeadline: null,
        documentTitle: 'Peru weighs sending prisoners to El Salvador - CNN',
        siteNames: names,
      }),
    ).toBe('Peru weighs sending prisoners to El Salvador');
  });

  it('does not take a heading that is only the site part of the title', () => {
    // The <h1> is the site's name, which the <title> holds too; the story's title is an <h2>.
    const sources = {
      ogTitle: null,
      jsonLdHeadline: null,
      documentTitle:
        'Doctors urged to protect female foetuses by keeping their sex secret | International Federation of Obstetrics',
      siteNames: siteNamesOf([], 'https://www.figo.example/news/doctors-urged'),
    };
    const headings = [
      'International Federation of Obstetrics',
      'Doctors urged to protect female foetuses by keeping their sex secret',
    ];
    expect(chooseTitle({ ...sources, headings })).toBe(
      'Doctors urged to protect female foetuses by keeping their sex secret',
    );
    // Without the <h2>, the longest part of the title that the page shows decides.
    const shownOnPage = (texts: readonly string[]) =>
      new Map(texts.filter((text) => text.startsWith('Doctors')).map((text) => [text, text]));
    expect(chooseTitle({ ...sources, headings: headings.slice(0, 1), shownOnPage })).toBe(
      'Doctors urged to protect female foetuses by keeping their sex secret',
    );
  });

  it('takes the part of a busy <title> that the page shows as its headline', () => {
    const shown = new Map([['Οι κυρίες του τσαγιού', 'Οι κυρίες του τσαγιού']]);
    const asked: string[][] = [];
    const title = chooseTitle({
      headings: ['ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ'],
      ogTitle: null,
      jsonLdHeadline: null,
      documentTitle: 'ΤΟ ΒΗΜΑ - Οι κυρίες του τσαγιού - υγεία + fitness',
      siteNames: siteNamesOf([], 'https://www.tovima.example/'),
      shownOnPage: (texts) => {
        asked.push([...texts]);
        return new Map([...shown].filter(([text]) => texts.includes(text)));
      },
    });
    expect(title).toBe('Οι κυρίες του τσαγιού');
    expect(asked[0]).toContain('ΤΟ ΒΗΜΑ - Οι κυρίες του τσαγιού');
  });

  it('keeps the whole title when the page shows none of its parts', () => {
    expect(
      chooseTitle({
        headings: [],
        ogTitle: null,
        jsonLdHeadline: null,
        documentTitle: 'Texas wildfires: Map of blazes ravaging the Panhandle',
        siteNames: names,
        shownOnPage: () => new Map(),
      }),
    ).toBe('Texas wildfires: Map of blazes ravaging the Panhandle');
  });

  it('takes the first heading, however short, of a page that declares no title', () => {
    expect(
      chooseTitle({
        headings: ['', 'Obit'],
        ogTitle: null,
        jsonLdHeadline: null,
        documentTitle: ' ',
        siteNames: names,
      }),
    ).toBe('Obit');
  });

  it('falls back to the metadata without the site when the <h1> is the site name', () => {
    expect(
      chooseTitle({
        headings: ['CNN'],
        ogTitle: null,
        jsonLdHeadline: null,
        documentTitle: 'Peru weighs sending prisoners - CNN',
        siteNames: names,
      }),
    ).toBe('Peru weighs sending prisoners');
  });
});

describe('titleRuns', () => {
  it('lists runs of parts, whole title left out, across the separators sites use', () => {
    expect(titleRuns('A story - Section - Site')).toEqual([
      'A story - Section',
      'Section - Site',
      'A story',
      'Section',
      'Site',
    ]);
    expect(titleRuns('龙票猛涨切忌盲目追高_中外邮票_新浪网')).toContain('龙票猛涨切忌盲目追高');
    expect(titleRuns('质检总局：两成半烟花爆竹不合格-广西新闻网')).toContain(
      '两成半烟花爆竹不合格',
    );
    // A hyphen inside a word and quotes inside the title are not separators.
    expect(titleRuns('Well-known «Black Panther» leaves')).toEqual([]);
  });
});

describe('sameTitle', () => {
  it('matches containment and near-identical word sets, not unrelated titles', () => {
    expect(sameTitle('Peru weighs prisoners', 'Peru weighs prisoners - CNN')).toBe(true);
    expect(sameTitle('Peru weighs prisoners', 'Chile elects a president')).toBe(false);
  });
});

describe('siteNameFromTitle', () => {
  it.each([
    [
      'Valley water rates to rise — The Valley Courier',
      'Valley water rates to rise',
      'The Valley Courier',
    ],
    ['Rheinblatt | Stadtbibliothek verlängert', 'Stadtbibliothek verlängert', 'Rheinblatt'],
    ['Valley water rates to rise', 'Valley water rates to rise', null],
    // The headline, then its sections, then the site: the site is the part at the far end.
    ['龙票猛涨切忌盲目追高_中外邮票_新浪收藏_新浪网', '龙票猛涨切忌盲目追高', '新浪网'],
    [
      'Valley water rates to rise | Local | Water | The Valley Courier',
      'Valley water rates to rise',
      'The Valley Courier',
    ],
    ['Courier - Local - Valley water rates to rise', 'Valley water rates to rise', 'Courier'],
    // A tagline at the far end ("Town, Region & Country"): the site is the part before it.
    [
      'Fears of backtrack | Valley Courier Online : Valley, Region, Country & World',
      'Fears of backtrack',
      'Valley Courier Online',
    ],
    // A section list with no site in it gives none: the far end must pass as a name.
    ['Valley water rates to rise | Local | 2012', 'Valley water rates to rise', null],
    [
      'Valley water rates to rise - what the board said on Monday about pipes, loans and hearings',
      'Valley water rates to rise',
      null,
    ],
    ['Strażacy protestują - 4 stycznia 2012', 'Strażacy protestują', null],
    ['Iran ostrzega USA - rynek, akcje, spółka', 'Iran ostrzega USA', null],
  ])('%j with headline %j: %j', (title, headline, name) => {
    expect(siteNameFromTitle(title, headline)).toBe(name);
  });

  it("takes the part that names the site's address, wherever it stands in the title", () => {
    const hostNames = siteNamesOf([], 'http://www.valleyradio.example/news/1');
    const title = 'Valley Radio|Water rates to rise | Article';
    expect(siteNameFromTitle(title, 'Water rates to rise', hostNames)).toBe('Valley Radio');
    // Without the address to go by, the far end is taken.
    expect(siteNameFromTitle(title, 'Water rates to rise')).toBe('Article');
  });
});
