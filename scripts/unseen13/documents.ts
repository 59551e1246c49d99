// Five short working papers written for the thirteenth unseen set (issue 14, branch pdf43): the
// prose is this set's own, so the truth is known word for word before anything is typeset.
// A paragraph calls note n with [[n]]; words with fi, fl, ff, ffi and ffl are frequent on
// purpose (TeX sets them as ligatures), and so are long words TeX hyphenates at a line's end.

export interface Section13 {
  heading: string;
  paras: string[];
}

export interface Reference13 {
  /** the author-year label natbib prints in the text, e.g. "Keane and Ortiz(2019)" */
  cite: string;
  /** the entry as the reference list prints it (without a numeric label) */
  text: string;
}

export interface Document13 {
  key: string;
  title: string;
  short: string;
  authors: string[];
  affiliation: string;
  month: string;
  year: number;
  abstract: string;
  sections: Section13[];
  notes: Record<string, string>;
  refs: Reference13[];
}

export const DOCUMENTS13: Document13[] = [
  {
    key: 'okafor-lindqvist-2022-cash-transfers',
    title: 'Cash transfers in displacement settings: what field offices learned',
    short: 'Cash transfers in displacement settings',
    authors: ['Adaeze Okafor', 'Henrik Lindqvist'],
    affiliation: 'Centre for Humanitarian Financing Studies',
    month: 'March',
    year: 2022,
    abstract:
      'Multipurpose cash has become the default first response in many displacement crises, yet the evidence on how field offices adapt it to local markets remains scattered. This paper reviews the reports of fourteen country offices and asks three questions: how transfer values were fixed, how beneficiaries were identified, and what happened when markets failed. We find that offices which revised transfer values monthly protected purchasing power far better than those bound to annual budgets, and that identification through community committees was faster but less consistent than registration by staff.',
    sections: [
      {
        heading: 'Introduction',
        paras: [
          'Over the past decade the share of humanitarian assistance delivered as cash has grown steadily, and donors now expect offices to justify any in-kind distribution. The shift reflects a broad consensus that cash respects the choices of affected people, supports local traders and costs less to deliver.[[1]] Field offices, however, rarely have the staff to run the market assessments that the guidance recommends, and their decisions are shaped as much by financial rules as by need.',
          'This paper draws on the internal reports of fourteen country offices between 2017 and 2021. The reports were written for management, not for publication, and they describe difficulties with unusual candour. We read each report in full, coded the decisions it recorded and compared them across offices working in similar markets.',
        ],
      },
      {
        heading: 'Fixing the transfer value',
        paras: [
          'Most offices fixed the transfer value from a minimum expenditure basket calculated at the start of the response. Where inflation was low this was sufficient. Where prices rose quickly, as in three of the fourteen settings, the real value of the transfer fell by a fifth within six months, and households reverted to harmful coping strategies such as reducing meals or withdrawing children from school.',
          'Offices that reviewed the basket each month, and that had agreed in advance with their donors how a revision would be financed, kept the transfer close to its intended value. The difference lay less in the technical method than in the flexibility of the financing agreement, which allowed the office to act without waiting for a new proposal.[[2]]',
        ],
      },
      {
        heading: 'Identifying who receives cash',
        paras: [
          'Two approaches to targeting appear in the reports. In the first, community committees nominated households according to agreed criteria; in the second, staff registered every household and scored it against a vulnerability index. Committees were quicker and cheaper, and affected people generally regarded their choices as fair, but the criteria were applied inconsistently from one camp to the next.',
          'Registration by staff produced more comparable lists but took on average eleven weeks longer, and in two offices the delay meant that the first transfers arrived after the lean season had ended. Several offices combined the approaches, using committees for a first list and staff visits to verify a sample of it, an arrangement that the reports describe as the most efficient.',
        ],
      },
      {
        heading: 'When markets fail',
        paras: [
          'Cash works only where traders can restock. In four settings supply routes were cut by fighting or by official restrictions, and prices of staple foods doubled within weeks. Offices responded by switching part of the transfer to vouchers redeemable with contracted traders, or by resuming in-kind distribution of flour and cooking oil for the duration of the disruption.',
          'The reports suggest that such switches are easier when they are planned from the outset. Offices that had pre-qualified traders and agreed contingency clauses with their financial service providers changed modality within a fortnight; the others needed up to three months.[[3]]',
        ],
      },
      {
        heading: 'Conclusion',
        paras: [
          'The experience of these offices points to a simple lesson: the design of cash assistance is constrained less by technical knowledge than by the flexibility of the financing that supports it. Donors who allow monthly revision of transfer values and pre-agreed changes of modality give field offices the means to protect the people they serve.',
        ],
      },
    ],
    notes: {
      '1': 'The grand bargain commitments of 2016 set a target for the use of cash but left its measurement to each agency.',
      '2': 'In two offices the agreement was a one-page side letter; in a third it was written into the original grant.',
      '3': 'One office reported that its bank required a full new contract for any change of the transfer mechanism.',
    },
    refs: [
      { cite: 'Bailey and Harvey(2017)', text: 'Bailey, S. and Harvey, P. (2017). Time for change: harnessing the potential of humanitarian cash transfers. London: Overseas Development Institute.' },
      { cite: 'Doocy and Tappis(2017)', text: 'Doocy, S. and Tappis, H. (2017). Cash-based approaches in humanitarian emergencies: a systematic review. Campbell Systematic Reviews 13(1): 1–200.' },
      { cite: 'Gentilini(2016)', text: 'Gentilini, U. (2016). The other side of the coin: the comparative evidence of cash and in-kind transfers in humanitarian situations. Washington, DC: World Bank.' },
      { cite: 'Levine and Bailey(2015)', text: 'Levine, S. and Bailey, S. (2015). Cash, vouchers or in-kind? Existing evidence and its limitations. Working paper. London: Overseas Development Institute.' },
    ],
  },
  {
    key: 'marchetti-2021-access-negotiations',
    title: 'Negotiating humanitarian access with non-state armed groups',
    short: 'Negotiating humanitarian access',
    authors: ['Giulia Marchetti'],
    affiliation: 'Institute for Conflict and Humanitarian Affairs',
    month: 'September',
    year: 2021,
    abstract:
      'Humanitarian organisations negotiate access with armed groups every day, but the conditions under which such negotiations succeed are poorly documented. Drawing on interviews with forty-two frontline negotiators, this paper identifies four factors that influence outcomes: the continuity of the negotiating team, the clarity of the organisation’s red lines, the group’s need for legitimacy, and the coordination of messages among agencies. It argues that affirmative support from headquarters matters more than formal training.',
    sections: [
      {
        heading: 'Introduction',
        paras: [
          'In most contemporary conflicts a large part of the population in need lives in areas controlled by non-state armed groups. Reaching them requires agreements, formal or tacit, with commanders whose priorities are military and political rather than humanitarian. Such negotiations are conducted by field staff who often have little time, limited authority and no written guidance specific to the group in front of them.[[1]]',
          'The literature on humanitarian negotiation has grown in recent years, but much of it describes principles rather than practice. This paper reports what negotiators themselves said about the conditions that made their agreements hold, and about the occasions on which they failed.',
        ],
      },
      {
        heading: 'Method',
        paras: [
          'We interviewed forty-two negotiators from eleven organisations working in six countries between 2019 and 2021. Interviews lasted about an hour and followed a common guide. Each interviewee described one negotiation that succeeded and one that did not; we coded the accounts for the factors the negotiators themselves identified and then compared the pairs.',
        ],
      },
      {
        heading: 'Findings',
        paras: [
          'The continuity of the negotiating team was the factor cited most often. Commanders extended trust to individuals rather than to organisations, and the rotation of international staff every six or twelve months repeatedly undid agreements that had taken months to reach. Offices that kept national staff in the lead, with international colleagues in support, reported fewer reversals.',
          'Clear red lines also mattered. Negotiators who could state plainly what their organisation would not accept, such as the presence of armed escorts at distributions or the diversion of any part of the aid, found that commanders respected the limits more readily than ambiguous or shifting positions.[[2]] Conversely, where several agencies negotiated separately with the same group, inconsistent offers allowed commanders to play one against another.',
          'Finally, the group’s own need for legitimacy shaped its willingness to agree. Groups that governed territory and sought recognition from the population or from outside actors were more likely to honour agreements than groups whose control was fluid or contested.',
        ],
      },
      {
        heading: 'Implications',
        paras: [
          'The findings suggest that organisations should invest in the continuity of negotiating teams, agree common positions through the coordination structures that already exist, and give negotiators explicit and affirmative backing from headquarters. Formal training was valued, but negotiators placed it well behind the confidence that their decisions would be supported when difficult compromises had to be made.',
        ],
      },
    ],
    notes: {
      '1': 'Several interviewees noted that the only written guidance available to them was a general code of conduct.',
      '2': 'One negotiator described a commander who quoted the organisation’s own red lines back to a newly arrived colleague.',
    },
    refs: [
      { cite: 'Grace(2020)', text: 'Grace, R. (2020). Humanitarian negotiation with parties to armed conflict: the role of rapport. Journal of Humanitarian Affairs 2(1): 23–34.' },
      { cite: 'Jackson(2014)', text: 'Jackson, A. (2014). Humanitarian negotiations with armed non-state actors: key lessons from Afghanistan, Sudan and Somalia. London: Overseas Development Institute.' },
      { cite: 'Mancini-Griffoli and Picot(2004)', text: 'Mancini-Griffoli, D. and Picot, A. (2004). Humanitarian negotiation: a handbook for securing access, assistance and protection for civilians in armed conflict. Geneva: Centre for Humanitarian Dialogue.' },
    ],
  },
  {
    key: 'haddad-ferreira-2023-climate-displacement',
    title: 'Climate shocks and anticipatory action in the Sahel',
    short: 'Anticipatory action in the Sahel',
    authors: ['Rania Haddad', 'Tomás Ferreira'],
    affiliation: 'Sahel Resilience Research Network',
    month: 'June',
    year: 2023,
    abstract:
      'Anticipatory action promises to reduce the humanitarian impact of predictable shocks by releasing funds before a crisis peaks. This paper examines three pilots in the Sahel that used seasonal forecasts of drought to trigger early cash transfers and livestock support. It finds that the financial triggers worked as designed but that the time needed to reach households often consumed most of the lead time the forecasts offered, and it recommends that pilots invest as much in delivery systems as in the triggers themselves.',
    sections: [
      {
        heading: 'Background',
        paras: [
          'Droughts in the Sahel are neither sudden nor unexpected. Seasonal forecasts give several months of warning, and pastoralist communities have long-standing strategies for coping with a poor rainy season. Yet humanitarian funding has typically arrived only once malnutrition rates have risen, by which time households have sold livestock at low prices and the cost of the response has multiplied.[[1]]',
          'Anticipatory action seeks to break this pattern by agreeing in advance on a trigger, a financing arrangement and a set of actions, so that money flows as soon as the forecast crosses a threshold. Several agencies have piloted the approach in the region since 2020.',
        ],
      },
      {
        heading: 'The pilots',
        paras: [
          'We studied three pilots in Burkina Faso, Niger and Chad. Each used a rainfall or vegetation index as its trigger; two financed early cash transfers and one financed livestock feed and veterinary support. In all three the trigger was reached in at least one season, and the funds were released within a week of the forecast, a speed that conventional appeals rarely achieve.',
          'Delivery was slower. Where beneficiary lists had to be drawn up after the trigger, the first transfers reached households between seven and ten weeks later, leaving little of the lead time the forecast had offered. The pilot that had registered households the previous year paid within three weeks.[[2]]',
        ],
      },
      {
        heading: 'Effects on households',
        paras: [
          'Households that received early support were less likely to sell breeding animals and more likely to keep children in school than comparable households that received assistance only after the lean season began. The differences were largest among pastoralist families, for whom the timing of livestock sales largely determines how much of the herd survives a drought.',
          'The effects on food consumption were smaller and less consistent, partly because in two pilots the transfer value was set below the local cost of a minimum food basket.',
        ],
      },
      {
        heading: 'Recommendations',
        paras: [
          'Anticipatory action in the Sahel will fulfil its promise only if delivery systems are ready before the trigger is reached. Pilots should register households and contract financial service providers during the preceding year, agree transfer values that reflect local prices, and be evaluated on the time from trigger to household rather than on the time from trigger to disbursement.',
        ],
      },
    ],
    notes: {
      '1': 'Estimates of the cost of late response vary widely; the figures most often cited come from a small number of studies.',
      '2': 'That pilot reused the list of a social protection programme, updated through a short verification exercise.',
    },
    refs: [
      { cite: 'Pople et al.(2021)', text: 'Pople, A., Hill, R., Dercon, S. and Brunckhorst, B. (2021). Anticipatory cash transfers in climate disaster response. Working paper. Oxford: Centre for Disaster Protection.' },
      { cite: 'Weingärtner et al.(2020)', text: 'Weingärtner, L., Pforr, T. and Wilkinson, E. (2020). The evidence base on anticipatory action. Rome: World Food Programme.' },
      { cite: 'Wilkinson et al.(2018)', text: 'Wilkinson, E., Weingärtner, L., Choularton, R. and others (2018). Forecasting hazards, averting disasters: implementing forecast-based early action at scale. London: Overseas Development Institute.' },
    ],
  },
  {
    key: 'nyambura-2020-localisation',
    title: 'Localisation in practice: partnership agreements between international and national NGOs',
    short: 'Localisation in practice',
    authors: ['Wanjiru Nyambura'],
    affiliation: 'East Africa Civil Society Research Forum',
    month: 'November',
    year: 2020,
    abstract:
      'International agencies have committed to channel more funding to national and local organisations, but the terms of the partnerships through which funds flow are seldom examined. This paper analyses thirty partnership agreements between international and national NGOs in Kenya, Somalia and South Sudan. It finds that most agreements transfer risk to the national partner while withholding overhead costs, and that only a few provide for the partner’s participation in the design of the programme it implements.',
    sections: [
      {
        heading: 'Introduction',
        paras: [
          'Since the World Humanitarian Summit, localisation has been a stated priority of donors and international agencies alike. Progress is usually measured by the share of funding that reaches local actors as directly as possible. That measure says little about the quality of the relationship: a national organisation may receive a large grant and still have no influence over the programme it delivers.[[1]]',
          'This paper looks instead at the agreements themselves. Partnership agreements set out who designs the work, who bears the financial and security risks, and how costs are shared, and they are therefore a direct record of the balance of power between the parties.',
        ],
      },
      {
        heading: 'The agreements',
        paras: [
          'We obtained thirty agreements signed between 2017 and 2020, twelve from Kenya, ten from Somalia and eight from South Sudan. All were sub-grants for the delivery of a defined project. We coded each for the allocation of overhead costs, the treatment of losses and security incidents, reporting requirements, and the role of the national partner in programme design.',
        ],
      },
      {
        heading: 'Findings',
        paras: [
          'Only nine of the thirty agreements allowed the national partner to charge a share of its overhead costs, and in those the rate was half or less of the rate the international agency applied to its own grant. The remaining agreements funded project staff and activities alone, leaving partners to finance offices, audits and security from other sources.',
          'Most agreements made the national partner liable for any loss of funds or goods, including losses caused by armed attack or official confiscation. Few offered support in return, such as insurance or a share of the international agency’s security budget. The partners interviewed described these clauses as the most difficult to accept and the hardest to negotiate.[[2]]',
          'Finally, only five agreements gave the partner a formal role in designing the programme. In the others the project document was annexed to the agreement as a finished text, and changes required the international agency’s written approval.',
        ],
      },
      {
        heading: 'Conclusion',
        paras: [
          'If localisation is to mean more than a redistribution of funds, partnership agreements will need to share overhead costs fairly, spread risk in proportion to control, and give national partners a real voice in design. Donors can hasten this by asking to see the agreements their grants finance.',
        ],
      },
    ],
    notes: {
      '1': 'The commitment to channel a quarter of funding to local and national responders has been measured in several different ways.',
      '2': 'Two partners said they had signed such clauses only because no other funding was available that year.',
    },
    refs: [
      { cite: 'Barbelet(2018)', text: 'Barbelet, V. (2018). As local as possible, as international as necessary: understanding capacity and complementarity in humanitarian action. London: Overseas Development Institute.' },
      { cite: 'Els and Carstensen(2015)', text: 'Els, C. and Carstensen, N. (2015). Funding of local and national humanitarian actors. Copenhagen: Local to Global Protection.' },
      { cite: 'Wall and Hedlund(2016)', text: 'Wall, I. and Hedlund, K. (2016). Localisation and locally-led crisis response: a literature review. Copenhagen: Local to Global Protection.' },
    ],
  },
  {
    key: 'brennan-osei-2024-protection-monitoring',
    title: 'Protection monitoring data and the duty of care to informants',
    short: 'Protection monitoring data',
    authors: ['Siobhan Brennan', 'Kwame Osei'],
    affiliation: 'Humanitarian Data Ethics Initiative',
    month: 'February',
    year: 2024,
    abstract:
      'Protection monitoring collects sensitive information about violations from the people who suffer or witness them. As monitoring has moved to mobile phones and shared databases, the risks to informants have changed. This paper reviews the data practices of nine monitoring systems and finds that few had assessed the risk of re-identification from the combination of location, date and incident type, and that data sharing agreements rarely specified how long records would be kept. It proposes a short checklist for offices that collect such data.',
    sections: [
      {
        heading: 'Introduction',
        paras: [
          'Protection monitoring aims to document threats to civilians so that humanitarian organisations can advocate with authorities, adjust their programmes and refer individuals to services. The information it gathers is among the most sensitive that humanitarian staff handle: the identity of perpetrators, the circumstances of abuse, and often the names of those who reported it.[[1]]',
          'Over the past decade most monitoring systems have replaced paper forms with mobile data collection and central databases shared among several agencies. These changes have made analysis faster and more efficient, but they have also multiplied the number of people and systems with access to identifiable records.',
        ],
      },
      {
        heading: 'Risks of re-identification',
        paras: [
          'Removing names from a record does not make it anonymous. In a small village, the combination of the date of an incident, its location and its type may be enough for anyone with local knowledge to identify the person who reported it. Only two of the nine systems we reviewed had assessed this risk, and neither had applied the assessment to the summary tables it published.',
          'The risk is greatest where monitoring data are shared with authorities who are themselves parties to the conflict, or where databases are hosted by providers in third countries whose law allows access by officials.',
        ],
      },
      {
        heading: 'Retention and sharing',
        paras: [
          'Data sharing agreements governed the transfer of records between agencies in seven of the nine systems. Most specified the purpose of sharing and the security measures required, but only one set a time after which records would be deleted, and none specified what would happen to the data if the sharing agency closed its programme.[[2]]',
          'Staff interviewed were well aware of these gaps, but said that retention decisions were deferred because no one in the office had the authority to make them, or because donors required records to be kept for audit.',
        ],
      },
      {
        heading: 'A checklist for offices',
        paras: [
          'We propose that offices collecting protection data answer five questions before they begin: what will the data be used for; who will have access; how will the risk of re-identification be assessed; how long will records be kept; and who decides when they are deleted. Offices that cannot answer these questions should collect less.',
        ],
      },
    ],
    notes: {
      '1': 'Referral requires names; documentation for advocacy usually does not, yet many forms collect both in one record.',
      '2': 'In one case the records of a closed programme were found on a laptop sold by a contractor two years later.',
    },
    refs: [
      { cite: 'ICRC(2020)', text: 'ICRC (2020). Handbook on data protection in humanitarian action. Second edition. Geneva: International Committee of the Red Cross.' },
      { cite: 'Raymond et al.(2016)', text: 'Raymond, N., Card, B. and Baker, I. (2016). Building data responsibility into humanitarian action. New York: OCHA Policy and Studies Series.' },
      { cite: 'Sandvik et al.(2017)', text: 'Sandvik, K. B., Jacobsen, K. L. and McDonald, S. M. (2017). Do no harm: a taxonomy of the challenges of humanitarian experimentation. International Review of the Red Cross 99(904): 319–344.' },
    ],
  },
];
