import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { AMP_EMBED_NAMES, unwrapAmpEmbeds } from './amp-embeds';
import { KEPT_EMBED } from './article';

function unwrapped(html: string): string {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  unwrapAmpEmbeds([...body.querySelectorAll(AMP_EMBED_NAMES.join(','))]);
  return body.innerHTML;
}

describe('unwrapAmpEmbeds', () => {
  it('turns each AMP embed into a frame of the post or video it shows', () => {
    expect(
      unwrapped(
        '<amp-twitter data-tweetid="1764012203022098825" layout="responsive"><i-amphtml-sizer></i-amphtml-sizer></amp-twitter>' +
          '<amp-instagram data-shortcode="C4AbC_d-9"></amp-instagram>' +
          '<amp-youtube data-videoid="dQw4w9WgXcQ"></amp-youtube>' +
          '<amp-vimeo data-videoid="76979871"></amp-vimeo>' +
          '<amp-facebook data-href="https://www.facebook.com/news/posts/123"></amp-facebook>' +
          '<amp-iframe src="https://datawrapper.dwcdn.net/AbC12/1/"></amp-iframe>',
      ),
    ).toBe(
      '<iframe src="https://twitter.com/i/web/status/1764012203022098825"></iframe>' +
        '<iframe src="https://www.instagram.com/p/C4AbC_d-9/"></iframe>' +
        '<iframe src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></iframe>' +
        '<iframe src="https://vimeo.com/76979871"></iframe>' +
        '<iframe src="https://www.facebook.com/news/posts/123"></iframe>' +
        '<iframe src="https://datawrapper.dwcdn.net/AbC12/1/"></iframe>',
    );
  });

  it('drops one whose id is not an id, or whose address is not http(s)', () => {
    expect(
      unwrapped(
        '<p>Kept</p><amp-twitter data-tweetid="1/../x"></amp-twitter><amp-youtube></amp-youtube>' +
          '<amp-facebook data-href="javascript:alert(1)"></amp-facebook><amp-iframe src="data:text/html,x"></amp-iframe>',
      ),
    ).toBe('<p>Kept</p>');
  });
});

describe('KEPT_EMBED', () => {
  it("keeps posts, videos, charts and podcasts; not the same hosts' buttons and like boxes", () => {
    for (const kept of [
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://player.vimeo.com/video/76979871',
      'https://twitter.com/i/web/status/1764012203022098825',
      'https://x.com/dailybay/status/1764012203022098825',
      'https://www.instagram.com/p/C4AbC_d-9/embed',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fposts%2F1',
      'https://embed.bsky.app/embed/did:plc:x/app.bsky.feed.post/3k',
      'https://datawrapper.dwcdn.net/AbC12/1/',
      'https://flo.uri.sh/visualisation/123/embed',
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ]) {
      expect(KEPT_EMBED.test(kept), kept).toBe(true);
    }
    for (const dropped of [
      'http://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example%2F',
      'http://platform.twitter.com/widgets/tweet_button.html?url=https%3A%2F%2Fnews.example',
      'https://www.facebook.com/plugins/page.php?href=dailybay',
      'https://twitter.com/dailybay',
      'https://ads.example/slot?id=1',
    ]) {
      expect(KEPT_EMBED.test(dropped), dropped).toBe(false);
    }
  });
});
