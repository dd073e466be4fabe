/** `count` paragraphs about `topic`, each long enough to count as prose for the core. */
export const prose = (topic: string, count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic} runs to a sentence or two of plain text, long enough to count as prose for the reader.</p>`,
  ).join('');
