/**
 * Words of page furniture, in the languages Lector reads: the buttons of a comment thread
 * ("Reply", "Report"), the tools above a story ("Print", "E-mail", "Font size"), breadcrumb
 * trails ("Home »"), in-body pointers to other stories ("Read more:") and the "by" of a byline.
 * Each is matched against a whole short text, never inside a sentence.
 */

/** The whole text of a comment's action button. */
export const REPLY_ACTION = new RegExp(
  `^(${[
    'reply', 'respond', 'report (abuse|this( comment)?|comment)', 'odpowiedz', 'zgłoś( naruszenie)?',
    'ответить', 'пожаловаться', 'απάντηση', 'αναφορά', '回复', '举报', '回覆', 'responder',
    'denunciar', 'répondre', 'signaler', 'antworten', 'melden', 'rispondi', 'segnala',
    'antwoorden', 'odpowiedz na komentarz',
  ].join('|')})[\\s:!.·|-]*$`,
  'iu',
); // prettier-ignore

/** The label of a form for posting a comment. */
export const COMMENT_FORM_LABEL = new RegExp(
  [
    '(leave|post|write|add) (a |your )?(comment|reply)', 'dodaj komentarz', 'napisz komentarz',
    'skomentuj', 'оставить комментарий', 'добавить комментарий', 'γράψτε (το )?σχόλιο',
    '发表评论', '我要评论', 'deja (un|tu) comentario', 'escribe un comentario',
    'laisser un commentaire', 'ajouter un commentaire', 'kommentar schreiben',
    'lascia un commento', 'deixe (um|seu) comentário', 'join the (conversation|discussion)',
    'only registered users can (comment|post)', 'you must be (logged in|registered) to (post a )?comment',
    'musisz być zalogowany', 'комментировать могут только', 'comments powered by',
    'комментировать на сайте', 'comment on (this story|this article) at',
  ].join('|'),
  'iu',
); // prettier-ignore

/** One tool of a page-tools bar. */
const TOOL_WORDS = [
  'print', 'print this( page| article)?', 'e-?mail', 'send', 'share', 'share this', 'save', 'bookmark',
  'tweet', '(font|text) size', 'a\\+', 'a-', 'aa', 'a a a', 'pdf', 'rss', 'recommend',
  'report (an? )?(error|typo|mistake|problem|correction)', '(submit|suggest) a correction', 'our standards',
  'gift( this)? (article|story)', 'save for later', 'listen', 'e-?mail( this| it)? to a friend',
  'printer[- ]friendly( version| page)?',
  'drukuj', 'wydrukuj', 'wyślij', 'udostępnij', 'poleć( artykuł| znajomemu)?', 'zapisz', 'komentuj', 'skomentuj',
  'rozmiar (tekstu|czcionki)', 'czcionka', 'печать', 'распечатать', 'версия для печати', 'отправить',
  'поделиться', 'сохранить', 'комментировать', 'размер шрифта', 'шрифт', 'εκτύπωση', 'αποστολή',
  'μοιραστείτε( το)?', 'μέγεθος (κειμένου|γραμμάτων)', 'αποθήκευση', 'σχολιάστε', '打印', '打印本页', '留言', '保存', '收藏此页', '收藏本页',
  '分享', '收藏', '推荐', '评论', '字号', '大', '中', '小', '关闭', '关闭窗口', '關閉', '關閉窗口', '放大', '缩小',
  'imprimir', 'enviar', 'compartir', 'guardar', 'comentar', 'tamaño( de)? (letra|texto)',
  'imprimer', 'envoyer', 'partager', 'enregistrer', 'commenter', 'taille du texte', 'drucken',
  'senden', 'teilen', 'merken', 'kommentieren', 'schriftgröße', 'stampa', 'invia', 'condividi',
  'salva', 'commenta', 'compartilhar', 'salvar', '字体大小', '字體大小', '字体', '字體', '讨论', '討論',
  'kup licencję', 'разместить в сво[её]м( блоге)?',
]; // prettier-ignore
const TOOL = `(?:${TOOL_WORDS.join('|')})`;
const TOOL_SEPARATOR = '[\\s:|·•/,()\\[\\]【】「」-]*';

/** A text made of page-tool words only ("Print | E-mail | Font size A+ A-"). */
export const TOOLS_ONLY = new RegExp(`^${TOOL_SEPARATOR}(?:${TOOL}${TOOL_SEPARATOR})+$`, 'iu');
/** A single page-tool word. */
export const ONE_TOOL = new RegExp(`^${TOOL_SEPARATOR}${TOOL}${TOOL_SEPARATOR}$`, 'iu');

const HOME_WORDS = [
    'home', 'home page', 'homepage', 'start', 'strona główna', 'główna', 'главная', 'αρχική( σελίδα)?',
    '首页', '首頁', '主页', 'inicio', 'portada', 'accueil', 'startseite', 'pagina iniziale',
    'página inicial',
]; // prettier-ignore

/** The whole text of a breadcrumb trail's first crumb. */
export const HOME_WORD = new RegExp(`^(${HOME_WORDS.join('|')})$`, 'iu');

/** The first crumb of a breadcrumb trail, followed by a separator. */
export const BREADCRUMB_START = new RegExp(`^(${HOME_WORDS.join('|')})\\s*[»>›/|→:]`, 'iu');

/** A label that points at other stories: "Read more:", "Zobacz także", "Читайте также". */
export const READ_MORE = new RegExp(
  `^[\\s*•»>-]*(${[
    'read more', 'read also', 'also read', 'related', 'related stories', 'see also', 'more on this',
    'must read', 'recommended', 'czytaj (też|także|również|więcej|koniecznie)', 'zobacz (też|także|również)',
    'przeczytaj (też|także|również)', 'polecamy', 'читайте (также|тоже)', 'смотрите также',
    'по теме', '(новости|ссылки|материалы|статьи) по теме', '(больше|ещё|еще) по теме', 'w tym temacie', 'διαβάστε (επίσης|ακόμη|ακόμα)', '相关(阅读|新闻|链接)', '延伸阅读', '推荐阅读',
    'lee (también|más)', 'leer más', 'lire aussi', 'à lire aussi', 'lesen sie (auch|mehr)',
    'mehr zum thema', 'leggi anche', 'leia também', 'lees ook', 'click here to', '更多关于', '更多關於',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
); // prettier-ignore

/**
 * The label of a story's topic tags or section ("Tags:", "Tagi:", "Теги:", "标签：", "Artykuł
 * pochodzi z kategorii:"): links to index pages, not part of the story.
 */
export const TAGS_LABEL = new RegExp(
  `^(${[
    'tags?', 'tagged( with)?', 'topics', 'related topics', 'tagi', 'słowa kluczowe', 'artykuł pochodzi z kategorii',
    'теги', 'метки', 'ключевые слова', 'ετικέτες', '标签', '標籤', '关键词', '關鍵詞', '关键字', '關鍵字',
    'etiquetas', 'mots-clés', 'schlagwörter', 'schlagworte',
  ].join('|')})\\s*[:：]`,
  'iu',
); // prettier-ignore

/** The "by" that opens a byline. */
export const BYLINE_START =
  /^(by|written by|por|par|von|di|door|przez|autor(ka)?:?|автор:?|от|από|του|της|作者|記者|记者)\s/iu;

/**
 * A standalone photo credit ("fot.: Piotr Kowalczyk", "Photo: AP", "Фото: РИА Новости"), in
 * brackets or not ("(fot. Anna Nowak)").
 */
export const PHOTO_CREDIT =
  /^\(?(fot|foto|fotografia|photo|photograph|picture|image|zdjęcie|zdj|фото|φωτ(ογραφία|ο)?|圖|图|攝影|摄影|imagen|bild)\s*[.:]/iu;

/** "(Photo by Jo Smith/Daily Bay)", "Photo courtesy of …": a credit worded as a phrase, with its name. */
export const PHOTO_BY =
  /^\(?(photo|photograph|picture|image|video)s? (by|credit|courtesy( of)?)\s*:?\s*[\p{L}\p{N}]/iu;

/** A bare Unix timestamp some live blogs print above each post. */
export const EPOCH_TIMESTAMP = /^1[0-9]{9}$/;

/**
 * The opening of an author's bio: "Jane Doe is a reporter for …", or with the title as a name
 * ("Rob is Special Projects Editor at i.") (English pages).
 */
export const AUTHOR_BIO =
  /^(\p{Lu}[\p{L}'’.-]+\s){1,3}(is|was)\s+((a|an|the)\s.{0,100}?\b(writer|editor|reporter|journalist|correspondent|columnist|contributor|chief|author|producer|critic|analyst)|((\p{Lu}[\p{L}'’&-]*|and|of|for)\s){0,5}(Writer|Editor|Reporter|Journalist|Correspondent|Columnist|Contributor|Author|Producer|Critic|Analyst)\s(at|of|for)\s)/u;

/** The heading of a box in which the site describes itself ("About us", "Mission statement"). */
export const ABOUT_SITE =
  /^(about us|about this site|mission statement|our mission|who we are|o nas|o serwisie|о нас|о проекте|关于我们|關於我們|quiénes somos|sobre nosotros|qui sommes-nous|à propos de nous|über uns|chi siamo|σχετικά με εμάς)\s*:?$/iu;

/** A web address as the whole of a text ("www.pap.pl", "http://t.co/AbC"). */
export const WEB_ADDRESS = /^(https?:\/\/|www\.)\S+$/i;

/** Copyright and rights lines of a page footer. */
export const COPYRIGHT =
  /[©ⓒ]|저작권자|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|wszelkie prawa zastrzeżone|все права защищены|版权所有|版權所有|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|όλα τα δικαιώματα/iu;

/**
 * A line that opens by claiming the copyright for a year: "© 2026 Daily Bay Media Ltd.", or in
 * words when it reserves the rights too ("Copyright 2026 The Associated Press. All rights
 * reserved."), or names its holder after a colon and nothing else ("Copyright: Medical News
 * Today"). No sentence of a story opens so.
 */
export const COPYRIGHT_LINE =
  /^([©ⓒ]\s*(19|20)\d\d\b|(copyright|\(c\))\s*©?\s*(19|20)\d\d\b.*\b(all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|tutti i diritti riservati)|copyright\s*[:©]\s*[\p{L}\p{N}][^.!?:;]{0,60}$)/iu;

/**
 * A blog post's details line under the post, as blog themes word it in each language: "This
 * entry was posted on Monday, January 9th, 2012 at 4:05 pm and is filed under News. You can
 * follow any responses…", "Ten wpis został dodany w …", "Dieser Beitrag wurde am … veröffentlicht".
 * It opens the line; no story's sentence starts with the entry speaking of itself so.
 */
export const POST_DETAILS =
  /^(this (entry|post) was (posted|published|filed) (on|in|under)\b|ten (wpis|post) został (dodany|opublikowany)|(dieser|der) (eintrag|beitrag|artikel) wurde (am|in|unter)\b|cet(te)? (article|entrée|billet) a été publié(e)?\b|esta entrada (fue|foi|se) publicad|(esta entrada|este artículo) (fue|se) (publicad|escrit)|questo (articolo|post|contenuto|elemento) è stato (pubblicat|scritt)|(эта )?запись (была )?опубликована\b|dit (bericht|item|artikel) (werd|is) geplaatst\b)/iu;

/**
 * A site's rights or reprint notice, which runs longer than a footer line: "Not to be reproduced
 * without permission", "nie może być powielany", "转载并不代表本网赞同其观点". Worded as the
 * site speaking of its own pages, so a story about copyright keeps its sentences.
 */
export const RIGHTS_NOTICE = new RegExp(
  [
    'not to be (reproduced|republished|copied)', 'may not be (reproduced|republished|redistributed|copied|published)',
    'does not necessarily (endorse|reflect) (the|its|their) (views|opinions)', 'for copyright infringement',
    'you (can|may) republish our', 'nie (może|mogą) być (powielan|kopiowan|rozpowszechnian)',
    'απαγορεύεται η (αναδημοσίευση|αναπαραγωγή)', '不代表本(网|網|站|报|報)', '侵犯(了)?您的', '不得(转载|轉載)',
    'не перепечатывайте', 'перепечатка [^.]{0,40}(запрещена|разрешена только)', '并不意味着赞同', '並不意味著贊同',
    '무단 ?(전재|복제|배포)[^.]{0,20}금지',
  ].join('|'),
  'iu',
); // prettier-ignore

/** A prompt to rate the article ("Rate this article", "Оцените статью", "请您对该文章评分"). */
export const RATING_PROMPT = new RegExp(
  [
    'rate (this|the) (article|story|post)', 'how (useful|helpful) was this', 'was this (article |story |page |post |information )?(helpful|useful)',
    'did you find this (article |story |page )?(helpful|useful)', 'oceń (artykuł|tekst)',
    'оцените(,? пожалуйста,?)? (статью|материал|новость)', 'ваш[еа] мнение учтено',
    'αξιολογήστε', '(请您)?对(该|本)文章评分', '文章评分', 'valora (este|el) artículo',
    'notez cet article', 'bewerten sie (diesen|den) artikel',
  ].join('|'),
  'iu',
); // prettier-ignore

/** "Share on Facebook", "Опубликовать в Twitter": a single share button's label. */
export const SHARE_ON = new RegExp(
  `^(share|post|publish|tweet|опубликовать|поделиться|udostępnij|compartir|partager|teilen|condividi|κοινοποίηση|分享)( (on|to|in|в|na|en|sur|auf|su|στο|到))? ?(facebook|twitter|x|vk|вконтакте|livejournal|жж|linkedin|whatsapp|telegram|weibo|微博|google\\+?)[.!]?$`,
  'iu',
);

/**
 * The label of a credit line under a story: its source, its editor, its author ("Source: AP",
 * "Źródło: PAP", "Источник:", "Πηγή:", "[稿源：红网]", "责任编辑：").
 */
export const CREDIT_LABEL = new RegExp(
  `^[\\[(【]?\\s*(${[
    'source', 'sources', 'editor', 'edited by', 'author', 'źródło', 'źródła', 'autor', 'autorka',
    'redakcja', 'opracowanie', 'источник', 'источники', 'редактор', 'автор', 'πηγή', 'πηγές',
    'επιμέλεια', '来源', '來源', '稿源', '出处', '出處', '编辑', '編輯', '责任编辑', '責任編輯', '责编', '作者',
    'fuente', 'source de', 'quelle', 'fonte',
  ].join('|')})\\s*[:：]`,
  'iu',
); // prettier-ignore
/** Credit lines that name their source without a colon ("По материалам РИА Новости"). */
export const CREDIT_PHRASE = /^(по материалам)\s/iu;

/** The labels of a contact box's fields: phone, fax, e-mail. */
export const CONTACT_FIELD = new RegExp(
  `(?<![\\p{L}])(${[
    'tel\\.?', 'phone', 'telephone', 'fax', 'e-?mail', 'telefon', 'телефон', 'тел\\.?', 'факс',
    'τηλ\\.?', 'τηλέφωνο', 'φαξ', '电话', '電話', '传真', '傳真', '邮箱', '郵箱', '电子邮件', '電子郵件',
  ].join('|')})\\s*[:：]`,
  'iu',
); // prettier-ignore

/** The title of a site's notice box ("Notice:", "Disclaimer", "声明："). */
export const NOTICE_TITLE = new RegExp(
  `^(${[
    'notice', 'disclaimer', 'legal notice', 'zastrzeżenie', 'uwaga', 'заявление', 'отказ от ответственности',
    'αποποίηση ευθύνης', '声明', '聲明', '免责声明', '免責聲明', '版权声明', '版權聲明', 'aviso legal',
  ].join('|')})\\s*[:：]?$`,
  'iu',
); // prettier-ignore

/**
 * A line of showtimes ("14:10, 14:20, 14:40 more"): three times of day or more and at most a
 * word after them, the row of a cinema or TV listings widget.
 */
export const SHOWTIMES =
  /^([01]?\d|2[0-3])[:.][0-5]\d(\s*[,;|/]?\s*([01]?\d|2[0-3])[:.][0-5]\d){2,}(\s+\p{L}{1,12})?$/u;

/** A view counter ("Views: 1,204", "Просмотров: 28", "阅读：312"). */
export const VIEW_COUNT =
  /^(views|page views|просмотров|просмотры|wyświetleń|wyświetlenia|odsłon|προβολές|阅读|閱讀|浏览|瀏覽|浏览次数|瀏覽次數|点击|點擊)\s*[:：]?\s*\d[\d\s,.]*$/iu;
