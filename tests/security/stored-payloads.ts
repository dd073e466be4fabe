/**
 * An article body as it might sit in IndexedDB after being written behind Lector's back (another
 * tool, an older sanitizer, an edited export): every construct today's sanitizer removes, around
 * paragraphs that must survive. The saved reader sanitizes the stored body again before showing
 * it (security.md: "including articles loaded back from storage").
 */
export const KEPT_TEXT = ['Stored paragraph one stays.', 'Stored paragraph two stays.'];

export const STORED_PAYLOAD = [
  `<p>${KEPT_TEXT[0]}</p>`,
  '<img src="x" onerror="__lectorCanary(\'stored-onerror\')">',
  '<script>__lectorCanary("stored-script")</script>',
  '<iframe srcdoc="<script>parent.__lectorCanary(\'stored-srcdoc\')</script>"></iframe>',
  '<a href="JAVASCRIPT:__lectorCanary(\'stored-upper\')">upper-case scheme</a>',
  '<a href="java&#9;script:__lectorCanary(\'stored-tab\')">tab in scheme</a>',
  '<a href="data:text/html,<script>__lectorCanary(1)</script>">data link</a>',
  '<svg><a xlink:href="javascript:__lectorCanary(\'stored-svg\')"><text y="20">svg</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="__lectorCanary(\'stored-mxss\')">',
  '</style></mglyph></table></mtext></math>',
  '<meta http-equiv="refresh" content="0;url=http://stored.canary.test/">',
  '<a href="https://stored.canary.test/" referrerpolicy="unsafe-url">referrer policy</a>',
  '<form action="http://stored.canary.test/"><input name="q"><button>go</button></form>',
  '<p style="position:fixed;inset:0">styled</p>',
  '<style>body{display:none}</style>',
  '<base href="http://stored.canary.test/">',
  '<link rel="stylesheet" href="http://stored.canary.test/x.css">',
  '<object data="http://stored.canary.test/x.swf"></object>',
  '<embed src="http://stored.canary.test/x.swf">',
  '<img src="https://127.0.0.1/a.png" srcset="javascript:__lectorCanary(1) 2x">',
  '<template><img src="x" onerror="__lectorCanary(\'stored-template\')"></template>',
  '<noscript><p title="</noscript><img src=x onerror=__lectorCanary(\'stored-noscript\')>"></p></noscript>',
  '<details open ontoggle="__lectorCanary(\'stored-toggle\')"><summary>s</summary></details>',
  '<video poster="javascript:__lectorCanary(1)" src="https://127.0.0.1/v.mp4"></video>',
  '<img name="getElementById" id="body" src="https://127.0.0.1/b.png">',
  `<p>${KEPT_TEXT[1]}</p>`,
].join('');
