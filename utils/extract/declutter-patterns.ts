/**
 * What clutter says about itself, in the languages Lector reads: the words of app banners,
 * empty comment blocks, AI-feature promos, newsletter boxes, cookie notices, share bars and ad
 * labels. Matched against short texts only (labels, headings, buttons), never against a story's
 * paragraphs, so an article about cookies or AI keeps its sentences.
 */
import type { RemovalKind } from './types.ts';

export interface TextRule {
  kind: RemovalKind;
  pattern: RegExp;
  /** A second, case-sensitive test the text must also pass ("AI" as a word, not "ai"). */
  requires?: RegExp;
  /** The text is something else when this matches (a disclosure that AI helped, not a promo). */
  unless?: RegExp;
  reason: string;
  /**
   * The pattern covers the whole text, which no sentence of a story says: it counts even for a
   * paragraph among the story's paragraphs ("Follow us on Google News for the latest updates").
   */
  wholeLine?: boolean;
  /** How much text the block around the phrase may hold (default: the kind's). */
  maxText?: number;
  /** A link saying it is a menu's item ("Current Issue" in the site's menu), not a box's label. */
  notALink?: boolean;
}

/** Where a site asks to be followed: news apps, messengers and social networks. */
const CHANNELS =
  '(google news|google discover|whatsapp|telegram|signal|viber|line|youtube|instagram|facebook|twitter|x|threads|bluesky|mastodon|linkedin|tiktok|flipboard|apple news|dzen|дзен|вконтакте|vk)';
/** The rest of a call to follow: a short reason after the channel ("for the latest updates"). */
const CALL_TAIL = '(\\s*(channel|group|page|account|feed))?(?![\\p{L}\\p{N}])[^.!?]{0,80}[.!?]*';

/** What follows a player's label: its length ("5 min", "4:32", "00:00 / 05:12"), its speed, "Learn more". */
const AUDIO_TAIL =
  '[\\s:·|,/.()-]+(\\d{1,2}(:\\d{2}){1,2}|\\d+\\s*(min(ute)?s?|sec(ond)?s?)( listen)?|\\d(\\.\\d+)?\\s*x|learn more|more info)|[\\s.]+';

/** A player's running time after its label ("0:45", "1:02:13"), or the label's own punctuation. */
const TIME_TAIL = '[\\s:·|,/.()-]+\\d{1,2}(:\\d{2}){1,2}|[\\s:.]+';

/** "Previous" and "Next" between a site's stories, with an arrow when alone ("< Previous"). */
const PREVIOUS =
  '(previous|prev|предыдущая|poprzedni[a]?|vorheriger?|précédent|anterior|προηγούμενο)( (article|story|post|статья|новость|artykuł))?';
const NEXT =
  '(next|следующая|następn[ya]|nächster?|suivant|siguiente|επόμενο)( (article|story|post|статья|новость|artykuł))?';

/** Phrases that mark a block as clutter when they make up most of a short text. */
export const TEXT_RULES: TextRule[] = [
  {
    kind: 'empty-comments',
    reason: 'an empty comments section',
    pattern: new RegExp(
      [
        'no comments( yet)?',
        'be the first to (comment|reply|respond)',
        'there are no comments',
        'start the conversation',
        // A thread that loads later ("Loading comments…"): empty as the page is read.
        'loading comments',
        'cargando comentarios',
        'carregando comentários',
        'chargement des commentaires',
        'kommentare werden geladen',
        'caricamento commenti',
        'ładowanie komentarzy',
        'загрузка комментариев',
        'aún no hay comentarios',
        'no hay comentarios',
        'sé el primero en (comentar|opinar)',
        'aucun commentaire',
        'soyez (le premier|la première) à (commenter|réagir)',
        'noch keine kommentare',
        'keine kommentare',
        'schreiben sie den ersten kommentar',
        'nessun commento',
        'sii il primo a commentare',
        'ainda não há comentários',
        'seja o primeiro a (comentar|opinar)',
        'nog geen reacties',
        'brak komentarzy',
        'skomentuj jako pierwszy',
        'комментариев (пока )?нет',
        'нет комментариев',
        'будьте первым',
        '(暂|还)?(无|没有)评论',
        'コメントはまだありません',
        '(아직 )?(등록된 )?댓글이 없습니다',
        '첫 (번째 )?댓글을 (남겨|작성해) ?(주세요|보세요)',
        'لا توجد تعليقات',
        'אין תגובות',
        'δεν υπάρχουν σχόλια',
      ].join('|'),
      'iu',
    ),
  },
  {
    // "Comments are closed.", "Comments have been disabled for this article.": a thread that is
    // not there, as a line of its own under the story.
    kind: 'empty-comments',
    reason: 'an empty comments section',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        '(the )?comments (are|have been|were) (now )?(closed|disabled|turned off|switched off)( for this (article|story|post))?',
        'comment(ing|s)? (is|has been) (now )?(closed|disabled)( for this (article|story|post))?',
        'los comentarios (están|han sido) (cerrados|desactivados)',
        'les commentaires sont (fermés|désactivés)',
        'die kommentarfunktion (ist|wurde) (geschlossen|deaktiviert)',
        'kommentare (sind|wurden) (geschlossen|deaktiviert)',
        'i commenti sono (chiusi|disattivati)',
        'komentarze (są )?(zamknięte|wyłączone)',
        'комментарии (закрыты|отключены)',
      ].join('|')})[\\s.!]*$`,
      'iu',
    ),
  },
  {
    kind: 'ai-promo',
    reason: "a promotion for the site's AI features",
    requires: /\b(AI|IA|KI|GPT)\b/u,
    unless:
      /\b(was|were|is|are|has been|have been) (produced|written|drafted|created|generated|translated|edited|summari[sz]ed|prepared)( in part)? (with|by|using)\b/iu,
    pattern: new RegExp(
      [
        '\\b(try|explore|discover|meet|ask|use|chat with)\\b.{0,25}\\b(ai|gpt)\\b',
        '\\bai (features?|assistant|summary|summaries|chat|chatbot|tools?|search)\\b',
        'what .{0,30}\\bai\\b can do',
        '\\bpowered by (ai|gpt)',
        '\\b(prueba|descubre) .{0,20}\\bia\\b',
        '\\bki-(funktionen|assistent|zusammenfassung)',
      ].join('|'),
      'iu',
    ),
  },
  {
    // "Download the Daily Bay app for breaking news alerts.": the same plea as a line of the
    // story's own, between its paragraphs.
    kind: 'app-banner',
    reason: 'an invitation to download the app',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        "(download|get|install|try) (the|our)( [\\w.&'’-]+){0,4} app\\b",
        '(descarga|descargue|baja) (la|nuestra) (app|aplicación)',
        "(téléchargez|télécharge) (l[’']application|l[’']appli|notre application)",
        '(laden sie|lade) (die|unsere) app',
        "(scarica|scaricate) (l[’']app|la nostra app)",
        '(baixe|baixa) (o|nosso) (app|aplicativo)',
      ].join('|')})[^.!?]{0,100}[.!]?$`,
      'iu',
    ),
  },
  {
    kind: 'app-banner',
    reason: 'an invitation to download the app',
    pattern: new RegExp(
      [
        "download (the|our)( [\\w.&'’-]+){0,4} app\\b",
        "get (the|our)( [\\w.&'’-]+){0,4} app\\b",
        'open in (the )?app',
        'available on the app store',
        'get it on google play',
        'download on the app store',
        'descarga (la|nuestra) app',
        "télécharge[zr]? l'application",
        'app herunterladen',
        "scarica l'app",
        'baixe o app',
        'pobierz aplikację',
        'скачайте приложение',
        '下载(客户端|APP|应用)',
        '앱 ?(다운로드|설치)',
        '앱에서 (보기|열기|더 )',
        'حمّ?ل التطبيق',
        'הורידו את האפליקציה',
      ].join('|'),
      'iu',
    ),
  },
  {
    // "Sign up for the Daily Bay newsletter to get our top stories every morning. Sign up": the
    // box's plea set as a paragraph of the story's own.
    kind: 'newsletter',
    reason: 'a newsletter sign-up box',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        "(sign up|subscribe|register)( now| today| here)?( for free)? (for|to)( our| the| a)?( free)?( [\\w.&'’-]+){0,5} (newsletters?|briefings?|bulletins?|digest|e-?mails?|e-?mail alerts|news alerts)\\b",
        '(abonnieren|bestellen) sie (unseren|den)( kostenlosen)?( [\\p{L}-]+){0,3} newsletter',
        "(abonnez-vous|inscrivez-vous) (gratuitement )?à (notre|la) (newsletter|lettre d[’']information)",
        '(suscríbete|suscribete|suscríbase) (gratis )?a (nuestro|nuestra|el|la) (boletín|newsletter)',
      ].join('|')})[^.!?]{0,140}[.!]?(\\s+[^.!?]{0,30}[.!]?)?$`,
      'iu',
    ),
  },
  {
    kind: 'newsletter',
    reason: 'a newsletter sign-up box',
    pattern: new RegExp(
      [
        '\\bnewsletters?\\b',
        'sign (me )?up (to|for) (our|the)',
        'get our (free )?.{0,30}(e-?mail|newsletter)',
        'subscribe to (our|the)',
        '(delivered|straight) to your inbox',
        'in your inbox',
        'suscr[ií]bete',
        'boletín',
        'abonnez-vous',
        'inscrivez-vous',
        'abonnieren sie',
        // A subscription appeal's button ("Jetzt abonnieren", "Subscribe now").
        '^(jetzt|hier) abonnieren$',
        '^subscribe (now|today)$',
        'iscriviti',
        'assine (a|nossa)',
        'zapisz się',
        'подпишитесь',
        'рассылк',
        '订阅',
        '뉴스레터',
        '訂閱',
        'اشترك',
        'הירשמו',
      ].join('|'),
      'iu',
    ),
  },
  {
    kind: 'cookie-notice',
    reason: 'a cookie notice',
    pattern: new RegExp(
      [
        '\\bcookies?\\b.{0,120}\\b(accept|consent|agree|policy|settings|preferences|partners)',
        '\\bwe use cookies',
        '\\bthis (site|website) uses cookies',
        '(este|esse) (sitio|site) (utiliza|usa) cookies',
        'ce site utilise des cookies',
        'diese (website|webseite|seite) (verwendet|nutzt) cookies',
        'questo sito (utilizza|usa) (i )?cookie',
        'ta strona (używa|wykorzystuje) (plików )?cookie',
        'этот сайт использует (файлы )?cookie',
        'utilizamos cookies',
        'usamos cookies',
        'nous utilisons des cookies',
        'wir verwenden cookies',
        'utilizziamo (i )?cookie',
        'używamy (plików )?cookie',
        'мы используем (файлы )?cookie',
        '使用\\s*cookie',
        '쿠키를 사용',
        'ملفات تعريف الارتباط',
        'עוגיות',
      ].join('|'),
      'iu',
    ),
  },
  {
    // A video player's words left in the text: "Now playing 0:45", "Up next", "Duration 1:32".
    kind: 'other',
    reason: "a video player's controls",
    wholeLine: true,
    pattern: new RegExp(
      `^(now playing|up next|playing next|next video|(video )?duration|play video|watch (video|now)|replay|watch again)(${TIME_TAIL})*$`,
      'iu',
    ),
  },
  {
    // A player that reads the story aloud ("Listen to this article · 5 min · 1x") and the line
    // under it ("Audio generated by AI. Learn more"): controls, not text; the reader has its own.
    kind: 'other',
    reason: 'an audio player for the article',
    pattern: new RegExp(
      `^(${[
        'listen( now| to (this|the) (article|story|report)| to article)?',
        'hear this (article|story)',
        'play (this )?(article|story)',
        'audio (version|article)',
        '(this )?audio (is |was )?(generated|created|produced|narrated) .{0,60}',
        'voiced by ai',
        'powered by (beyondwords|trinity audio|elevenlabs|speechkit)',
        'escuch(ar|a) (este artículo|la noticia|el artículo)',
        "écouter (cet article|l'article)",
        '(artikel|beitrag) (anhören|vorlesen)',
        "ascolta (l'articolo|questo articolo)",
        'ouça (este conteúdo|esta notícia|a notícia|o artigo)',
        'ouvir (a notícia|o artigo)',
        'luister naar (dit|het) artikel',
        'posłuchaj( artykułu)?',
        'слушать( статью| новость)?',
        'makaleyi dinle',
        'dengarkan( artikel| berita)?',
        'nghe (bài viết|tin)',
        '記事を(聞く|読み上げる)',
        '音声で聞く',
        '(收听|收聽)(本文|新闻|新聞)?',
        '语音播报',
        '기사 듣기',
        'استمع (إلى )?(المقال|الخبر)',
        'האזינו לכתבה',
      ].join('|')})(${AUDIO_TAIL})*$`,
      'iu',
    ),
  },
  {
    // "Found a typo? Select it and press Ctrl+Enter": the key only a site's error-report script
    // listens for.
    kind: 'other',
    reason: 'a prompt to report a typo',
    pattern: /\bctrl\s*\+\s*enter\b/iu,
  },
  {
    // "Our Standards: The … Trust Principles": a link to the publisher's code, under every story.
    kind: 'other',
    reason: "a pointer to the site's editorial standards",
    pattern: /^(our (editorial )?standards|editorial (standards|guidelines))\s*:/iu,
  },
  {
    // "Follow us on Google News", "Join our WhatsApp channel for the latest news": a paragraph
    // news sites put between the story's paragraphs, and nothing else.
    kind: 'other',
    reason: "an invitation to follow the site's channel",
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        `(click here to |tap here to |please |and )?(follow|join|like|subscribe to|find) (us|our [\\w\\s'’-]{0,30}?) (on|at|in|via) ${CHANNELS}`,
        `(join|follow|subscribe to) our ${CHANNELS}`,
        `(for|get|stay up to date with|stay updated with) (the )?(latest|all the latest|more|breaking) (news|updates|stories)[^.!?]{0,40} (on|via|in|to) (your )?${CHANNELS}`,
        `(síguenos|siguenos|suivez-nous|folgen sie uns|folge uns|seguici|siga-nos|sigam-nos|volg ons|obserwuj nas|śledź nas|подписывайтесь на нас|читайте нас|следите за нами|ακολουθήστε μας) (en|sur|auf|bei|su|no|na|op|w|в|во|στο) ${CHANNELS}`,
      ].join('|')})${CALL_TAIL}$`,
      'iu',
    ),
  },
  {
    // "Listen to The Harbour podcast on Apple Podcasts, Spotify or wherever you get your
    // podcasts": the house advert for the site's show, named by the apps it is on.
    kind: 'other',
    reason: "an advert for the site's podcast",
    wholeLine: true,
    pattern:
      /^(listen|subscribe|follow|tune in)\b.{0,80}\bpodcasts?\b.{0,80}\b(apple podcasts|spotify|google podcasts|pocket casts|wherever you (get|find|listen to) (your )?podcasts)\b[^.!?]{0,60}[.!]?$/iu,
  },
  {
    // "This article has been shared 1,204 times", "3.2K shares": a counter, not text.
    kind: 'share-bar',
    reason: 'a share count',
    wholeLine: true,
    maxText: 0,
    pattern:
      /^((this (article|story|post|page) has been )?shared \d[\d,.]*k? times?|\d[\d,.]*k? shares)[\s.]*$/iu,
  },
  {
    // "Got a news tip? Email us at …": the newsroom's address, under every story.
    kind: 'other',
    reason: 'a call for news tips',
    wholeLine: true,
    pattern:
      /^((got|have|do you have) a (news )?(tip|story( idea)?)\b[^.!?]{0,40}\?\s*(e-?mail|contact|send|message|write to|reach|call|whatsapp|tell)\b.{0,120}|(send|share|email) us your (photos|pictures|videos|footage|stories)\b[^.!?]{0,60}[:.]\s*\S.{0,100})$/iu,
  },
  {
    // "微博#爆料#或短信爆料15900430043 一经采用最高奖励500元", "我要爆料": a tip-off line with its
    // number and reward, or the button. A story's "网友爆料" (a netizen revealed) has neither.
    kind: 'other',
    reason: 'a call for news tips',
    wholeLine: true,
    // The line alone: the button sits in menus of the site's services.
    maxText: 0,
    requires: /爆料/u,
    pattern:
      /^(.{0,30}爆料.{0,40}(一经采用|奖励\s*\d|热线\s*[:：]?\s*\d{5,}).{0,30}|我要爆料|爆料热线.{0,30})$/u,
  },
  {
    // A plea for money or membership: "Support independent journalism", "Donate now",
    // "We have a small favour to ask". Its box carries a paragraph of pitch and a button.
    kind: 'other',
    reason: 'an appeal for donations or membership',
    maxText: 1200,
    pattern: new RegExp(
      [
        '^(please )?support (our|independent|local|quality|nonprofit|non-profit|reader-funded|public[- ]service|trusted|fact-based|this) ((and |, )?[\\w-]+ ){0,2}(journalism|news(room)?|reporting|media|work)\\b',
        '^(support us|donate|make a (donation|contribution|gift)|give now|contribute)( now| today| here)?[.!]?$',
        '^become a (member|supporter|patron|sustaining member|subscriber) (today|now)\\b',
        '\\bwe have a small favou?r to ask\\b',
        '\\b(reader|listener|member)-(funded|supported|powered) (journalism|news(room)?)\\b',
        '\\bour journalism (is|relies on|depends on) (free|funded|supported|you|readers|your support)',
        '^(apoya|apoye) (el|nuestro) periodismo',
        '^(soutenez|soutenir) (notre|le) journalisme',
        '^(unterstützen sie|unterstütze) (unseren|unabhängigen) journalismus',
        '^(sostieni|sostenete) (il nostro|il) giornalismo',
        '^(apoie|apoiem) o (nosso )?jornalismo',
        '^(wesprzyj|wspieraj) (nasze dziennikarstwo|niezależne dziennikarstwo)',
        '^поддержите (нашу редакцию|независимую журналистику|нас)',
      ].join('|'),
      'iu',
    ),
  },
  {
    // "5 min read", "Reading time: 4 minutes": the reader states its own.
    kind: 'other',
    reason: 'the reading time (the reader shows its own)',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        '(estimated )?(reading time|read time|time to read)\\s*[:：]?\\s*(about |approx\\.? )?\\d+\\s*(-\\s*\\d+\\s*)?(min(ute)?s?|m)\\.?',
        '(about |approx\\.? )?\\d+\\s*(-\\s*\\d+\\s*)?(min(ute)?s?|m)\\.?\\s*(read|reading|reading time|to read)',
        '(lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|время чтения|χρόνος ανάγνωσης)\\s*[:：]?\\s*(ca\\.? |environ |unos |circa |cerca de |ok\\. |около )?\\d+\\s*(min(\\.|uten|utos|uti|ut|uty|ute)?|минут[аы]?|мин\\.?|λεπτά)',
        '阅读(时间|時間|时长)\\s*[:：]?\\s*(约)?\\d+\\s*分钟',
        '\\d+\\s*分で読めます',
      ].join('|')})[\\s.·|]*$`,
      'iu',
    ),
  },
  {
    // What a page shows where an embed would be: "This content is not available due to your
    // privacy preferences", "Please enable JavaScript to view this content".
    kind: 'other',
    reason: 'a placeholder for an embed the page could not show',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        "(this|the) (content|video|post|embed|media|element|tweet|map|graphic)( is not| isn[’']t| cannot be| can[’']t be| could not be) (available|shown|displayed|loaded)\\b.{0,160}",
        '(please )?(enable|turn on|activate) javascript( in your browser)? to (view|see|watch|load|display)\\b.{0,80}',
        'to (view|see|watch|load|display) this (content|video|post|embed|media|tweet|map|graphic)\\b.{0,40}(accept|enable|allow|consent|update|change|manage)\\b.{0,120}',
        'your browser does not support (the )?(video|audio|iframe)( tag| element)?\\b.{0,40}',
      ].join('|')})$`,
      'iu',
    ),
  },
  {
    // "Sign up to read this article for free. Already a subscriber? Log in": the gate's words.
    kind: 'other',
    reason: 'a sign-in or subscription prompt',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        '(sign up|register|subscribe|log ?in|sign in|create a (free )?account)( now| today| for free)? (to|and) (read|continue( reading)?|keep reading|unlock|access|get (full |unlimited )?access)\\b.{0,120}',
        'already (a subscriber|a member|have an account|registered|subscribed)\\s*\\?.{0,60}',
        // "This article is for subscribers only. Subscribe now", in the languages of the gates.
        '(this|the) (article|story|content) is (reserved |available |only )?(for|to) (paying )?(subscribers|members)( only)?\\b.{0,80}',
        'cet article est réservé aux abonnés\\b.{0,80}',
        'dieser (artikel|beitrag) ist (nur |exklusiv )?für abonnenten\\b.{0,80}',
        'este (artículo|contenido) es (exclusivo )?para (suscriptores|abonados)\\b.{0,80}',
      ].join('|')})$`,
      'iu',
    ),
  },
  {
    // "Show more", "Read full article", "Loading…": a control's or a loader's words alone.
    kind: 'other',
    reason: 'a button or loading notice of the page',
    wholeLine: true,
    pattern: new RegExp(
      `^(${[
        'show (more|less|all)',
        'load more',
        'read (the )?full (article|story)',
        'view full (article|story)',
        'continue reading( the (article|story))?',
        'loading',
        // A carousel's hint: "Swipe →", "Swipe for more".
        'swipe( (left|right|up))?( (for|to see) more)?',
      ].join('|')})[\\s.…→←↔»›]*$`,
      'iu',
    ),
  },
  {
    // "Purchase Licensing Rights" under a wire photo (Reuters, AP's "Buy this photo"): an offer
    // to buy the picture, not part of its caption.
    kind: 'advert',
    reason: 'an offer to license or buy the photo',
    wholeLine: true,
    maxText: 0,
    pattern:
      /^((purchase|buy|get) (licensing|reprint|usage) rights|(license|licence|buy|purchase) (this|the) (photo|image|picture)|buy (a )?(photo )?reprints?)(,?\s*\(?opens (in )?(a )?new (tab|window)\)?)?$/iu,
  },
  {
    // "Short URL: http://news.example/?p=4821": the page's address to copy and share.
    kind: 'share-bar',
    reason: 'a short link to share the page',
    wholeLine: true,
    maxText: 0,
    pattern: /^short (url|link)\s*:\s*\S+$/iu,
  },
  {
    // "< Previous | Next >" between the site's stories or a story's pages (Joomla and the like).
    kind: 'navigation',
    reason: 'a link to the previous or next story or page',
    wholeLine: true,
    maxText: 0,
    pattern: new RegExp(
      `^([<«‹←]\\s*${PREVIOUS}|${NEXT}\\s*[>»›→]|[<«‹←]?\\s*${PREVIOUS}\\s*[|·/]?\\s*${NEXT}\\s*[>»›→]?)$`,
      'iu',
    ),
  },
  {
    // A magazine's cover set between the story's paragraphs under "Current Issue": the box
    // goes with its label (it holds nothing but the cover and its link).
    kind: 'other',
    reason: "a promo for the magazine's latest issue",
    wholeLine: true,
    notALink: true,
    // The box is the label and a cover: growing further takes a menu the box sits in.
    maxText: 100,
    pattern:
      /^((the )?(current|latest|new) (print )?issue|aktuelle ausgabe|(le )?dernier numéro|(el )?(último número|número actual)|(l['’])?ultimo numero|aktualne wydanie|свежий номер)[\s:.»›]*$/iu,
  },
  {
    // "Click here for more stories about Life": a pointer to a section, not to a story.
    kind: 'navigation',
    reason: "a link to more of the site's stories",
    wholeLine: true,
    pattern:
      /^(click|tap) here (for|to (see|read)) more( [\p{L}-]+){0,2} (stories|news|articles|posts)( (about|on|from|in) [^.!?]{1,40})?[\s.!…»›>]*$/iu,
  },
  {
    // A picture's controls ("Enlarge this image", "Hide caption") and the ways back ("Back to
    // top", "Zur Startseite"): the line alone, as the caption beside it is the picture's.
    kind: 'other',
    reason: 'a button or loading notice of the page',
    wholeLine: true,
    maxText: 0,
    pattern: new RegExp(
      `^(${[
        '(enlarge|expand|zoom( in)?|view) (this )?(image|photo|picture)',
        '(hide|show|toggle) caption',
        // Ways back: "Back to top", "Zur Startseite", "Volver arriba", "Skip to top | bottom".
        '(back|return|go) to (the )?(top|home ?page)',
        'skip to (the )?(top|bottom)([\\s|/]+(top|bottom))?',
        'zur startseite',
        'zurück (zur startseite|nach oben)',
        'nach oben',
        'volver (arriba|al inicio)',
        "retour (en haut( de la page)?|à l[’']accueil)",
        "torna (su|all[’']inizio)",
        'voltar ao topo',
        'terug naar (boven|de homepage)',
        'do góry',
        'наверх',
      ].join('|')})[\\s.…↑^]*$`,
      'iu',
    ),
  },
  {
    // "View 24 comments", "See all comments", "12 comments": a link to the thread, alone.
    kind: 'comments',
    reason: 'a link to the comments',
    wholeLine: true,
    // The line alone: a teaser's "0 Comments" does not make its card a link to comments.
    maxText: 0,
    pattern:
      /^((view|see|read|show|load|open|jump to|go to)( all| the)?( \d[\d,.]*)? (comments?|replies|responses|reactions)( \(\d[\d,.]*\))?|\d[\d,.]* (comments?|replies|responses))[\s.:…»›>→]*$/iu,
  },
  {
    // "…? - podyskutuj na FORUM ULUBIEŃCÓW", "Discuss this on our forum": the site's forum.
    kind: 'comments',
    reason: "an invitation to discuss it on the site's forum",
    requires: /forum|FORUM|Forum|форум/u,
    pattern:
      /(^|[\s?!.:-])((po)?dyskutuj(cie)? na forum|discuss (this|it) (on|in) (our|the) forums?|обсудить (это )?на форуме|обсудите (это )?на форуме|diskutieren sie (im|in unserem) forum|discutez-en sur (le|notre) forum)\b/iu,
  },
  {
    // "Have your say in the comments below", "What do you think? Let us know in the comments."
    kind: 'comments',
    reason: 'an invitation to comment',
    wholeLine: true,
    pattern:
      /^(have your say|join the (conversation|discussion|debate)|what do you think\s*\?|let us know|tell us|share your (thoughts|views|opinion))(?!\p{L}).{0,80}\b(in the comments?|comment(s)? (below|section)|below)\b[\s.!]*$/iu,
  },
  {
    kind: 'other',
    reason: "an invitation to follow the site's social-media page",
    pattern: new RegExp(
      [
        '\\b(follow|like|find|join) us on (facebook|twitter|x|instagram)',
        // "…news by following our Health & Medicine feed on Twitter!"
        '\\bby following (us|our [^.!?]{1,60}) on (facebook|twitter|x|instagram)\\b',
        'jesteśmy (też |także |również )?na (facebooku|twitterze)',
        'мы (также )?(в|во) (facebook|фейсбуке|twitter|твиттере|вконтакте|соцсетях)',
        // "Читайте новости Comments.UA в социальных сетях facebook и twitter."
        'читайте (нас|наши новости|новости [^!?]{1,40}?) (в|во) (социальных сетях|соцсетях|facebook|фейсбуке|twitter|твиттере|вконтакте|telegram|телеграме?)',
        'ακολουθήστε μας',
        '关注我们的(微博|微信)',
      ].join('|'),
      'iu',
    ),
  },
];

/** The whole text of an ad slot's label. */
export const ADVERT_LABEL =
  /^(advertisement|more below|advertising|advert|ad|ads|ads by google|sponsored( content| links?)?|advertiser links|promoted|paid (content|post)|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|annonce|reklam|reklama|iklan|quảng cáo|विज्ञापन|โฆษณา|linki sponsorowane|реклама|спонсорские ссылки|διαφήμιση|προβολή|σύνδεσμοι διαφημιζομένων|广告|廣告|広告|推广|광고|إعلان|פרסומת|((the )?(article|story|content) continues|continue reading) (below|after)( (this|the))?( (advertisement|advert|ad))?|(advertisement[\s:·|-]*)?scroll (down )?to continue( (with|reading) (the )?(content|article|story))?|weiter nach der anzeige|(el )?artículo continúa (debajo|después)( de la publicidad)?|la suite après (cette |la )?publicité)[\s:·|.-]*$/iu;

/** The whole text of a share bar's label. */
export const SHARE_LABEL =
  /^(share( this( article| story| page)?| on)?|compartir|compartilhe|partager|teilen|condividi|udostępnij|поделиться|κοινοποίηση|分享(到)?|공유(하기)?|مشاركة|שתפו|share via)[\s:·|-]*$/iu;

/** A heading that names a comments section (its emptiness is judged separately). */
export const COMMENTS_HEADING =
  /^(\d+\s+)?((latest|recent|selected|reader|readers['’]?|user) comments?|(wybrane|najnowsze|ostatnie) komentarze|komentarze (czytelników|internautów)|(последние )?комментарии( читателей)?|σχόλια αναγνωστών|(网友|最新|热门)评论|(網友|最新|熱門)評論|comments?|comentarios|commentaires|kommentare|commenti|comentários|reacties|komentarze|комментарии|σχόλια|评论|評論|コメント|댓글|تعليقات|תגובות)(\s*\(\d+\)|\s+\d+)?\s*:?$/iu;
