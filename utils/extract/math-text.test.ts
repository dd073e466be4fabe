import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { formulaText } from './math-text';
import { LIMITS } from './limits';
import { makeWorkingCopy } from './working-copy';

const formula = (markup: string) =>
  formulaText(new JSDOM(`<p>${markup}</p>`).window.document.querySelector('math')!);

describe('formulas as text', () => {
  it('reads fractions, powers, indices and roots so that they mean what they said', () => {
    expect(formula('<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>')).toBe('1/2');
    expect(
      formula(
        '<math><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msup><mi>y</mi><mn>2</mn></msup><mo>=</mo><msup><mi>z</mi><mn>2</mn></msup></math>',
      ),
    ).toBe('x²+y² = z²');
    expect(formula('<math><msub><mi>H</mi><mn>2</mn></msub><mi>O</mi></math>')).toBe('H₂O');
    expect(
      formula('<math><msup><mi>e</mi><mrow><mi>k</mi><mo>+</mo><mn>1</mn></mrow></msup></math>'),
    ).toBe('e^(k+1)');
    expect(formula('<math><msqrt><mi>a</mi><mo>+</mo><mi>b</mi></msqrt></math>')).toBe('√(a+b)');
    expect(formula('<math><mroot><mi>x</mi><mn>3</mn></mroot></math>')).toBe('3√x');
    expect(
      formula('<math><mfrac><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac></math>'),
    ).toBe('(n+1)/2');
  });

  it('reads sums with limits, matrices and fenced lists', () => {
    expect(
      formula(
        '<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mi>i</mi></math>',
      ),
    ).toBe('∑_(i = 1)ⁿ i');
    expect(
      formula(
        '<math><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable></math>',
      ),
    ).toBe('[1, 0; 0, 1]');
    expect(formula('<math><mfenced><mi>a</mi><mi>b</mi></mfenced></math>')).toBe('(a, b)');
  });

  it('reads the presentation of a <semantics> and not its annotations; else alttext or TeX', () => {
    expect(
      formula(
        '<math alttext="\\frac{1}{2}"><semantics><mfrac><mn>1</mn><mn>2</mn></mfrac><annotation encoding="application/x-tex">\\frac{1}{2}</annotation></semantics></math>',
      ),
    ).toBe('1/2');
    expect(formula('<math alttext="E = mc^2"></math>')).toBe('E = mc^2');
    expect(
      formula(
        '<math><semantics><annotation encoding="application/x-tex">a^2</annotation></semantics></math>',
      ),
    ).toBe('a^2');
  });

  it('is what the working copy holds in each formula’s place (a hidden one stays out)', () => {
    const doc = new JSDOM(
      '<body><p>Half is <math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>, and <math display="block"><msup><mi>x</mi><mn>2</mn></msup></math> grows.<span style="display:none"><math><mi>y</mi></math></span></p></body>',
    ).window.document;
    const copy = makeWorkingCopy(doc, { baseUrl: 'https://x.example/', title: '', limits: LIMITS });
    expect(copy.doc.body.innerHTML).toBe('<p>Half is 1/2, and x² grows.</p>');
  });
});
