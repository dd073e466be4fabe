import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../sanitize';
import { renderableContent } from './render';
import { freshLibrary, sampleInput } from './test-helpers';

describe('renderableContent', () => {
  it('removes a payload written straight into the database, bypassing save', async () => {
    const { db, library } = freshLibrary();
    const saved = await library.save(sampleInput());
    await db.bodies.put({
      id: saved.id,
      content:
        '<p>Hello</p><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a><script>alert(3)</script><iframe srcdoc="<script>alert(4)</script>"></iframe>',
      textContent: 'Hello',
    });
    const stored = (await library.get(saved.id))!;
    expect(stored.content).toContain('onerror');
    const html = renderableContent(stored, window as DomWindow);
    expect(html).toContain('<p>Hello</p>');
    expect(html).not.toMatch(/onerror|javascript:|<script|srcdoc|alert/i);
  });
});
