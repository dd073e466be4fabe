import { describe, expect, it } from 'vitest';
import {
  chooseTitle,
  sameTitle,
  siteNameFromTitle,
  siteNamesOf,
  stripSiteName,
} from './page-title';

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
    [
      'Valley water rates to rise - what the board said on Monday about pipes, loans and hearings',
      'Valley water rates to rise',
      null,
    ],
  ])('%j with headline %j: %j', (title, headline, name) => {
    expect(siteNameFromTitle(title, headline)).toBe(name);
  });
});
