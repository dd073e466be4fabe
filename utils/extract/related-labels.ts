/**
 * The words sites put above their related / more-from / recommended / read-next blocks, in the
 * languages Lector reads. Matched against a heading's or aria-label's whole text (short labels
 * only), at its start, so "Related Articles", "More from CNN" and "Lee también:" match while a
 * sentence that merely contains "related" does not.
 */

const LABEL_STARTS = [
  // English
  'related', 'more from', 'more on', 'more in', 'more stories', 'more news', 'more articles',
  'more like this', 'more to read', 'more to explore', 'more headlines', 'more:', 'recommended',
  'recommendations', 'read next', 'read this next', 'what to read next', 'up next', 'read more',
  'read also', 'also read', 'see also', 'you may also like', 'you might also like',
  'you may like', 'you might like', 'you may have missed', 'you might be interested',
  'further reading', 'keep reading', 'other stories', 'other news', 'in other news',
  "don't miss", 'don’t miss', 'also on', 'also in', 'in this series', 'from this series',
  'part of a series', 'part of the series', 'this story is part of',
  // Spanish / Portuguese
  'relacionad', 'noticias relacionadas', 'más noticias', 'más de', 'más sobre', 'más en',
  'lee también', 'lea también', 'leer más', 'te puede interesar', 'también te puede interesar',
  'te recomendamos', 'recomendad', 'otras noticias', 'leia também', 'leia mais', 'veja também',
  'mais notícias', 'mais de', 'recomendamos',
  // French
  'articles similaires', 'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet',
  'plus de', 'plus d’', "plus d'", 'recommandé', 'vous aimerez aussi', 'à voir aussi',
  'à découvrir', 'dans la même rubrique',
  // German
  'verwandte', 'ähnliche', 'mehr zum thema', 'mehr aus', 'mehr von', 'mehr zu', 'weitere artikel',
  'weitere nachrichten', 'weitere meldungen', 'auch interessant', 'das könnte sie',
  'das könnte dich', 'empfohlen', 'empfehlungen', 'lesen sie auch', 'lies auch', 'weiterlesen',
  'zum thema',
  // Italian, Dutch
  'articoli correlati', 'correlat', 'leggi anche', 'potrebbe interessarti', 'altre notizie',
  'consigliat', 'gerelateerd', 'lees ook', 'meer over', 'meer nieuws', 'aanbevolen',
  // Polish, Russian, Ukrainian, Greek, Turkish
  'powiązane', 'czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecane',
  'polecamy', 'więcej', 'похожие', 'читайте также', 'читайте еще', 'по теме', 'ещё по теме',
  'еще по теме', 'ссылки по теме', 'статьи по теме', 'новости по теме', 'материалы по теме', 'рекомендуем', 'другие новости', 'еще новости', 'ещё новости', 'больше по теме',
  'другие материалы', 'читайте також', 'по темі', 'більше на тему', 'інші новини', 'σχετικά',
  'διαβάστε επίσης', 'διαβάστε ακόμη', 'περισσότερα', 'ilgili', 'benzer haberler',
  'bunlar da ilginizi',
  // Indonesian, Vietnamese, Hindi, Thai
  'berita terkait', 'artikel terkait', 'baca juga', 'berita lainnya', 'rekomendasi',
  'tin liên quan', 'bài liên quan', 'tin khác', 'đọc thêm', 'xem thêm', 'có thể bạn quan tâm',
  'संबंधित', 'ये भी पढ़ें', 'यह भी पढ़ें', 'और पढ़ें', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง',
  'ข่าวอื่น', 'อ่านเพิ่มเติม',
  // Arabic, Hebrew
  'ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'مقالات ذات صلة',
  'أخبار ذات صلة', 'مواضيع ذات صلة', 'المزيد', 'قد يعجبك', 'כתבות נוספות', 'כתבות קשורות',
  'עוד בנושא', 'עוד כתבות', 'מומלץ', 'אולי יעניין אותך', 'קראו גם',
  // Chinese, Japanese, Korean
  '相关', '相關', '推荐', '推薦', '延伸阅读', '延伸閱讀', '猜你喜欢', '猜你喜歡', '更多',
  '关联', '関連', 'おすすめ', 'あわせて読みたい', 'こちらもおすすめ', '관련', '추천', '함께 볼만한',
]; // prettier-ignore

/** Labels longer than this are sentences, not block labels. */
const MAX_LABEL_LENGTH = 60;

function normalizeLabel(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\s\p{P}\p{S}]+/u, '')
      .toLowerCase()
      // Turkish "İ" lower-cases to "i" and a combining dot: "İlgili Haberler" is "ilgili haberler".
      .replace(/i\u0307/g, 'i')
  );
}

/**
 * "MORE:" alone: a tabloid's pointer to one story inside the text ("<p><b>MORE:</b> <a>…</a></p>"),
 * but elsewhere the label of a section link or a list of topics. Only its pointer lines count.
 */
export function isBareMoreLabel(text: string | null | undefined): boolean {
  return !!text && /^[\s\p{P}\p{S}]*more\s*:\s*$/iu.test(text);
}

/** Whether `text` (a heading's text or an aria-label) labels a related-stories block. */
export function isRelatedLabel(text: string | null | undefined): boolean {
  if (!text) return false;
  const label = normalizeLabel(text);
  if (label === '' || label.length > MAX_LABEL_LENGTH) return false;
  return LABEL_STARTS.some((start) => label.startsWith(start));
}

/**
 * The labels of the site's rankings ("Most read", "Les plus lus", "Meistgelesen"): its most read
 * or most shared stories of the day, whatever the story. Not related to it, so not offered as
 * related even when the list is set as cards beside it.
 */
const RANKING_STARTS = [
  'most read', 'most popular', 'most viewed', 'most watched', 'most shared', 'most commented',
  'most emailed', 'trending', 'popular now', 'popular right now', "what's popular", 'what’s popular',
  'lo más leído', 'lo más visto', 'lo más popular', 'más leíd', 'más vist', 'mais lid',
  'mais vist', 'les plus lu', 'les plus populaires', 'les plus partagé', 'les plus commenté',
  'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'meistgeklickt', 'beliebteste',
  'i più letti', 'più letti', 'più lett', 'più visti', 'meest gelezen', 'najczęściej czytane',
  'najczęściej komentowane', 'najchętniej czytane', 'najpopularniejsze', 'самое читаемое',
  'самые читаемые', 'самое популярное', 'самые популярные', 'самое обсуждаемое', 'популярное',
  'τα πιο δημοφιλή', 'πιο δημοφιλή', 'δημοφιλή', 'en çok okunan', 'terpopuler',
  'paling banyak dibaca', 'đọc nhiều', 'xem nhiều', 'الأكثر قراءة', 'الأكثر مشاهدة',
  'הנקראים ביותר', 'הכי נקראים', '热门', '熱門', '排行', '最热', '最熱', 'ランキング',
  'よく読まれている', '많이 본',
]; // prettier-ignore

/** Whether `text` (a heading's text or an aria-label) labels a ranking of the site's stories. */
export function isRankingLabel(text: string | null | undefined): boolean {
  if (!text) return false;
  const label = normalizeLabel(text);
  if (label === '' || label.length > MAX_LABEL_LENGTH) return false;
  return RANKING_STARTS.some((start) => label.startsWith(start));
}
