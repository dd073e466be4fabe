import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { headingText, isFrontPageLink, linesShown } from './title-on-page';
import { readMetadata } from './metadata';

const URL = 'https://paper.example/health/2012/01/tea-ladies';

function page(body: string, head = ''): Document {
  return new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url: URL }).window
    .document;
}

describe('headingText', () => {
  it('leaves out boxes inside the heading and links beside its own words', () => {
    const doc = page(
      '<h1><div class="sponsor"><span>Sponsored by</span> <a href="/x">Acme</a></div>Nurses back a stronger watchdog</h1>' +
        '<h1>Parents turn down free jabs <a href="/health/">Infectious diseases</a></h1>' +
        '<h1>"You can dance" returns<div>photo: Agency</div></h1>' +
        '<h2><a href="/health/2012/01/tea-ladies">The tea ladies</a></h2>',
    );
    expect([...doc.querySelectorAll('h1, h2')].map(headingText)).toEqual([
      'Nurses back a stronger watchdog',
      'Parents turn down free jabs',
      '"You can dance" returns',
      'The tea ladies',
    ]);
  });
});

describe('isFrontPageLink', () => {
  it('is true for the site name linking to the front of the site or of its section', () => {
    const doc = page(
      '<h1><a href="/">The Paper</a></h1><h1><a href="https://paper.example/health/">Health desk</a></h1>' +
        '<h1><a href="/health/2012/01/tea-ladies">The tea ladies</a></h1>' +
        '<h1><a href="https://other.example/">Other</a></h1><h1>No link</h1>' +
        '<h1><a href="/">Home</a> and more words</h1>',
    );
    expect([...doc.querySelectorAll('h1')].map((h) => isFrontPageLink(h, URL))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('linesShown', () => {
  it('finds texts that stand as a whole element outside links, as the page writes them', () => {
    const doc = page(
      '<a href="/a">Water rates rise</a><td><font><b>Οι κυρίες  του τσαγιού</b></font></td>' +
        '<p>Here the tea ladies are mentioned in a sentence.</p><title>ignored</title>',
    );
    const shown = linesShown(doc, ['Water rates rise', 'ΟΙ ΚΥΡΙΕΣ ΤΟΥ ΤΣΑΓΙΟΥ', 'tea ladies']);
    expect([...shown]).toEqual([['ΟΙ ΚΥΡΙΕΣ ΤΟΥ ΤΣΑΓΙΟΥ', 'Οι κυρίες του τσαγιού']]);
  });

  it('finds them in any script, where comparing turns one character into several', () => {
    // Compared, each Hangul syllable becomes two or three letters (jamo) and a ligature two
    // letters: a line shorter than the compared title can still say it.
    const doc = page(
      '<div><b>정부, 내년 경제 성장률 전망 발표</b></div><p><span>Oﬃce hours</span></p>',
    );
    expect([...linesShown(doc, ['정부 내년 경제 성장률 전망 발표'])]).toEqual([
      ['정부 내년 경제 성장률 전망 발표', '정부, 내년 경제 성장률 전망 발표'],
    ]);
    expect([...linesShown(doc, ['Office hours'])]).toEqual([['Office hours', 'Oﬃce hours']]);
  });

  it('finds the text that opens a cell up to a line break, not the lines further down', () => {
    const doc = page(
      '<table><tr><td class="NewsHeader">Flu vaccine still available <br>' +
        '<span>Tuesday, January 17 2012</span><br>Send to a friend</td></tr></table>' +
        '<td>All rights reserved.<br>"Harbour Radio"<br>Address: 1 Water Street<br></td>' +
        '<td><a href="/n/2">Water rates rise</a><br></td>',
    );
    const shown = linesShown(doc, [
      'Flu vaccine still available',
      'Harbour Radio',
      'Water rates rise',
    ]);
    expect([...shown]).toEqual([['Flu vaccine still available', 'Flu vaccine still available']]);
  });
});

describe('readMetadata title', () => {
  it('reads the headline an old page sets in a <div> out of a <title> full of site and section', () => {
    const doc = page(
      '<h1><a href="/"><img alt="logo"></a></h1><div class="article_title">Οι κυρίες του τσαγιού</div>' +
        '<p>Μαθαίνουν την Αθήνα να πίνει εκλεκτό τσάι.</p>',
      '<title>ΤΟ ΒΗΜΑ - Οι κυρίες του τσαγιού - υγεία + fitness</title>',
    );
    expect(readMetadata(doc, URL).title).toBe('Οι κυρίες του τσαγιού');
  });

  it('takes the <h2> headline where the <h1> is the site name linking home', () => {
    const doc = page(
      '<h1 class="site-name"><a href="/">Tonight Africa</a></h1><h2>Researchers say smokers should prefer a spray</h2>',
      '<title>Researchers say smokers should prefer a spray | Tonight Africa</title>',
    );
    const metadata = readMetadata(doc, URL);
    expect(metadata.title).toBe('Researchers say smokers should prefer a spray');
    expect(metadata.siteName).toBe('Tonight Africa');
  });

  it('reads an old template whose headline opens a cell, and the date line under it', () => {
    const doc = page(
      '<table><tr><td class="NewsHeader">Flu vaccine still available <br>' +
        '<span class="artdate">Tuesday, January 17 2012</span><br></td></tr>' +
        '<tr><td><p>Health officials say there is still time to get a flu shot this winter.</p></td></tr></table>',
      '<title>PAPER.EXAMPLE|Flu vaccine still available | Article</title>',
    );
    const metadata = readMetadata(doc, URL);
    expect(metadata.title).toBe('Flu vaccine still available');
    expect(metadata.publishedTime).toBe('2012-01-17');
    expect(metadata.siteName).toBe('PAPER.EXAMPLE');
  });
});
