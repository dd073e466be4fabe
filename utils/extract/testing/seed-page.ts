/**
 * A faithful HTML rendering of the seed page (../shared/seed/daily8-peru-page.txt) for unit tests:
 * header with logo, lead image whose alt repeats the title, <h1>, source and date, the article,
 * the AI-features promo, the empty comments block, three related cards that each carry more text
 * than the story, and the app-download banner. Class names are deliberately meaningless so that
 * tests prove the core judges by role and content, not by a site's vocabulary.
 */

export const SEED_TITLE = 'Peru is considering sending foreign prisoners to El Salvador';
export const SEED_URL = 'https://daily8.example/en/news/peru-prisoners/4839201';

export const SEED_PARAGRAPHS: readonly string[] = [
  'Peru is weighing sending what it considers highly dangerous foreign inmates to prisons in El Salvador, the prime minister said on Thursday, potentially following in the footsteps of US deportations of migrants to the Central American nation.',
  'Peruvian Prime Minister Eduardo Arana did not immediately detail what such an agreement with El Salvador would look like, but the US has paid El Salvador to imprison Venezuelan migrants it alleges are gang members.',
  "'The government is evaluating bilateral cooperation mechanisms for the transfer of highly dangerous foreign inmates to their countries of origin, including specialized centers such as the CECOT in El Salvador,' Arana told Congress.",
  "He did not clarify whether Peru would only send Salvadoran prisoners to the nation or whether other foreign inmates could be sent as well. The prime minister's office did not immediately respond to a request for comment.",
  "The CECOT is El Salvador's notorious maximum-security prison known for its harsh conditions, which have drawn sharp outcry from human rights groups.",
  'Arana added that the Andean nation was seeking development bank financing to build more prisons of its own as it deals with overcrowding and a recent crime wave.',
  "Peru has declared states of emergency in regions across the country in recent months, including in capital Lima, to tackle crime. In May, illegal miners kidnapped and killed 13 mine workers in Peru's northern district of Pataz.",
];

const RELATED = [
  {
    title: 'Peru enacts amnesty for military personnel and police in Shining Path insurgency',
    source: 'Associated Press',
    time: '27 minutes ago',
    href: '/news/peru-amnesty-shining-path',
    summary:
      "LIMA, Peru (AP) — Peru's president on Wednesday signed an amnesty bill into law, preventing military personnel and police officers from being prosecuted over alleged human rights abuses during the country's armed conflict decades ago. The new law came despite calls from the local and international community to strike it down. The war that raged between the Peruvian military and the Shining Path communist insurgency from 1980 to 2000 left an estimated 70,000 people dead, the majority of them in rural areas. President Dina Boluarte said during an official ceremony that Peru 'honors' those people who confronted the insurgency with 'courage and dedication.' She added that military members and police officers have carried 'for years the burden of endless trials, unjust accusations, and a pain that has affected not only them but also their families.' The decision to enact the law drew immediate criticism from some rights groups. Human Rights Watch said in a statement that the law 'grants impunity' to those involved in serious crimes. 'This law is quite simply a betrayal of Peruvian victims,' said Juanita Goebertus, Americas director at the rights group. 'It undermines decades of efforts to ensure accountability for atrocities and weakens the country's rule of law even further.' The law was passed by Congress in July,. A coalition of human rights organizations said that it could wipe out 156 convictions and another 600 cases that are being prosecuted. Supporters of the law come from right-wing political parties that have historically defended the military, including the Popular Force party led by Keiko Fujimori, daughter of former President Alberto Fujimori. Other amnesty laws passed in 1995 in Peru shielded military and police personnel from prosecution for alleged human rights abuses during the country's internal conflict, including massacres, torture and forced disappearances. The Inter-American Court of Human Rights had at least twice previously declared amnesty laws in Peru invalid for violating the right to justice and breaching international human rights standards. A truth commission determined that the majority of the conflict's victims were Indigenous Peruvians caught up in clashes between security forces and Shining Path.",
  },
  {
    title: "SA fires back at US human rights report, calls it ‘fact-free' hypocrisy",
    source: 'News24',
    time: '2 hours ago',
    href: '/news/sa-fires-back',
    summary:
      "SA rejected the state department's human rights report as 'deeply flawed' and accused US of using distorted facts. The dispute centres on US claims about farmworker killings and land expropriation while cases are still in courts. Report highlights US hypocrisy by America which withdrew from UN Human Rights Council. South Africa has launched a scathing counterattack against the US, rejecting a damning human rights report as 'deeply flawed' and turning the spotlight on America's record in a dramatic diplomatic showdown that exposes the politics behind international criticism. On Tuesday, the department of International relations and cooperation registered 'profound disappointment' with the US state department's recent human rights assessment, which claimed SA's situation had 'significantly worsened' and accused government of taking 'substantially worrying steps towards land expropriation of Afrikaners'. Chrispin Phiri, spokesperson for International Relations and Co-operation Minister Ronald Lamola, expressed fury over what he called fundamental distortions, including the US citing a case where farmworkers were allegedly killed and fed to pigs as an 'extrajudicial killing' despite the matter being actively adjudicated by SA's independent judiciary. The report's reliance on a-contextual information and distorted facts is highly concerning. We register our profound disappointment with this report. We reject it, it's inaccurate and deeply flawed. This is not only premature but a fundamental distortion of the facts, as the individuals are formally arraigned before a court of law. Chrispin Phiri In a pointed counterattack, SA questioned America's moral authority to judge other nations, highlighting that the US had withdrawn from the UN Human Rights Council and 'therefore no longer sees itself accountable in a multilateral peer review system'. Significant and documented concerns about human rights within the US, including the treatment of refugees and breaches in due process by its agencies, such as the Immigration and Customs Enforcement agency. According to The Guardian newspaper, the controversy reflects a broader pattern under Donald Trump's administration, which has dramatically softened criticism of some countries that have been strong partners of the Republican president, such as El Salvador and Israel, which rights groups say have well-established histories of abuses. Instead, the US state department has 'stepped-up criticism of Brazil and SA, both of which Washington has clashed with over a host of issues'. The publication noted that criticism of governments over LGBTQ+ rights, prominent in former president Joe Biden administration's reports, 'appeared to have been largely omitted' from Trump's version. The diplomatic spat highlights stark contradictions in international assessments. While the US condemned the Land Expropriation Act, the UN Human Rights Office in Geneva, Switzerland, praised the same legislation as a 'critical step in addressing the country's racially imbalanced land ownership'. This recognition from the UN's primary human rights body underscores the integrity of our legislative processes aimed at rectifying historical injustices in a constitutional and human-rights-based manner. Chrispin Phiri The US report accused SA of multiple violations, including arbitrary killings, detention, repression of racial minorities and inflammatory rhetoric against the Afrikaners. It claimed government failed to take 'credible steps to investigate, prosecute and punish officials who committed human rights abuses'. However, SA pointed to its transparency. Transparent systems, where information is freely available from our law enforcement agencies and Chapter 9 institutions, which are constitutionally mandated to protect and advance human rights. The controversy extends beyond SA. In Brazil, where Trump has clashed with the government over former president Jair Bolsonaro's legal troubles, the US found the human rights situation had declined after previously reporting 'no significant changes'. Trump has called Bolsonaro's prosecution for allegedly conspiring to overturn his 2022 election loss a 'witch-hunt' and threatened 50% tariffs on Brazilian goods. SA announced it would release 'a set of documents for public perusal during the week' to provide 'a complete and accurate picture' and counter what it called US distortions. Government pointed to reports from reputable sources, including the AFP fact-checks and BBC coverage, as evidence supporting their position on contested cases. The diplomatic clash reveals how human rights assessments have become increasingly politicised tools in international relations, with countries using moral authority as leverage against rivals while protecting allies from similar scrutiny.",
  },
  {
    title: "South Africa dismisses U.S. human rights report as 'deeply flawed'",
    source: 'Washington Post',
    time: '3 hours ago',
    href: '/news/south-africa-dismisses',
    summary:
      "JOHANNESBURG — The South African government on Wednesday dismissed the U.S. State Department's latest assessment of the country's human rights conditions as 'inaccurate and deeply flawed.' The Trump administration this week released human rights reports for countries worldwide, including South Africa, asserting that the state of human rights in South Africa had 'significantly worsened' in 2024. It cited the unjust treatment of white Afrikaners after the signing of significant land reforms , which the Trump administration has claimed discriminate against the group that ruled the nation during the apartheid era.",
  },
];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function relatedCard(card: (typeof RELATED)[number]): string {
  return `
      <div class="x7">
        <a href="${card.href}"><img src="/img/${card.href.split('/').pop()}.jpg" alt="${escape(card.title)}"></a>
        <a href="${card.href}"><h3>${escape(card.title)}</h3></a>
        <div class="x8"><span>${escape(card.source)}</span><span><i>time</i>${card.time}</span></div>
        <ul><li>${escape(card.source)}</li></ul>
        <h4>${escape(card.title)}</h4>
        <p>${escape(card.summary)}</p>
      </div>`;
}

/** The seed page's HTML. */
export function seedPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${SEED_TITLE} - Daily8</title>
  <meta property="og:title" content="${SEED_TITLE}">
  <meta property="og:site_name" content="Daily8">
  <link rel="canonical" href="${SEED_URL}">
</head>
<body>
  <div class="a1">
    <a href="/"><img src="/static/d8.png" alt="logo"></a>
    <div class="a2"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a></div>
  </div>
  <div class="b1">
    <div class="b2">
      <img src="/img/peru-prisoners.jpg" alt="${SEED_TITLE}">
      <h1>${SEED_TITLE}</h1>
      <div class="b3"><span>CNN</span><span>12-06-2025</span></div>
      <div class="b4">
        ${SEED_PARAGRAPHS.map((text) => `<p>${escape(text)}</p>`).join('\n        ')}
      </div>
    </div>
    <div class="c1">
      <img src="/static/orange.png" alt="Orange background">
      <h3>Try Our AI Features</h3>
      <p>Explore what Daily8 AI can do for you:</p>
    </div>
    <div class="c2">
      <h3>Comments</h3>
      <p>No comments yet...</p>
    </div>
    <div class="c3">
      <h2>Related Articles</h2>
      ${RELATED.map(relatedCard).join('')}
    </div>
  </div>
  <div class="d1">
    <h2>DOWNLOAD THE APP</h2>
    <h3>Get Started Now: Download the App</h3>
    <p>Ready to dive into a world of global content with local flavor? Download Daily8 app today from your preferred app store and start exploring.</p>
    <a href="https://apps.apple.com/app/daily8/id1"><img src="/static/app-store.svg" alt="app-store"></a>
    <a href="https://play.google.com/store/apps/details?id=com.daily8"><img src="/static/play-store.svg" alt="play-store"></a>
  </div>
</body>
</html>`;
}
