import assert from 'node:assert/strict';
import { citedWorks, referenceTitle } from '../../indexer/tag/reference-title.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { loadTaxonomy } from '../../core/taxonomy.js';

const title = (ref: string) => referenceTitle(ref).replace(/\s+/g, ' ').trim();

describe('referenceTitle: what a reference entry is about, in the styles entries come in', () => {
  it('author-date: what follows the year, without the publisher and links', () => {
    assert.equal(title('Ahmed, K. (2021) ‘Ethiopia suspends aid groups for misinformation’. The Guardian, 6 August (www.theguardian.com/x).'), 'Ethiopia suspends aid groups for misinformation');
    assert.match(title('OHCHR, Department of Political Affairs (2011) Human rights in United Nations peace operations. New York: UN (http://dag.un.org/x).'), /^Human rights in United Nations peace operations\.$/);
  });

  it('a quoted title right after the year, not the journal after it', () => {
    assert.equal(title('Rosato, S. (2003). “The Flawed Logic of Democratic Peace Theory.” American Political Science Review, 97(4), 585-602.'), 'The Flawed Logic of Democratic Peace Theory.');
  });

  it('a quoted title with an apostrophe inside it, not cut at the apostrophe or run on into the journal', () => {
    assert.equal(title("Lind, M. (2031) 'Harbour diplomacy: the ferry board's quiet advocacy at sea' Island Peacekeeping Review 33(1): 67–77"), "Harbour diplomacy: the ferry board's quiet advocacy at sea");
    assert.equal(title('Lind, M. (2031) ‘The harbour master’s role in convoys’. Island Peacekeeping Review 4(2).'), 'The harbour master’s role in convoys');
    const t = new Tagger(loadTaxonomy()).tag({ id: 'x', doc: 'd', ordinal: 0, block: 0, text: "Lind, M. (2031) 'Harbour diplomacy: the ferry board's quiet advocacy at sea' Island Peacekeeping Review 33(1): 67–77", section: [], page: null, physicalPage: null, start: 0, end: 0, kind: 'reference', blockType: 'reference', actors: [], themes: [], places: [], evidence: [] });
    assert.deepEqual(t.themes, ['advocacy-and-diplomacy'], 'the journal is no subject of the work');
  });

  it('a quoted title with its subtitle after the closing quote, not the publisher after it', () => {
    assert.equal(title("Lind, M. (2031) 'Nowhere to moor': the Harbour Board's closures of ferry berths in Norway. Bergen: Harbour Press."), "Nowhere to moor: the Harbour Board's closures of ferry berths in Norway.");
    assert.equal(title("Lind, M. (2031) 'Nowhere to moor', Island Peacekeeping Review 4(2)."), 'Nowhere to moor');
  });

  it('a UN document\'s description after its title, which says whose report it is', () => {
    assert.equal(title('UN General Assembly (2016) One humanity: shared responsibility. Report of the Secretary-General for the World Humanitarian Summit. A/70/709'), 'One humanity: shared responsibility. Report of the Secretary-General for the World Humanitarian Summit');
    // any other second sentence is the journal, the series or the publisher
    assert.equal(title('Lind, M. (2031) Harbour access for ferry convoys. HPG Working Paper. London: ODI'), 'Harbour access for ferry convoys.');
  });

  it('a quoted title before the year', () => {
    assert.equal(title('Jere Van Dyk, "In Afghanistan" (1983)'), 'In Afghanistan');
  });

  it('the year last: the title between the authors and the year', () => {
    assert.equal(title('Charles Doyle, Terrorist Material Support: An Overview, Congressional Research Service (2010)[link]'), 'Terrorist Material Support: An Overview, Congressional Research Service');
    // with no author recognised, the words may all be the author's: nothing is read
    assert.equal(title('HCT in oPt – Humanitarian Country Team in the occupied Palestinian territory (2019)'), '');
  });

  it('Surname, Given. Title. — the title ends at its full stop, before the journal', () => {
    assert.equal(title('Bald, Stephanie H. Searching for a lost childhood: will the Special Court of Sierra Leone find justice? American University International Law Review 18 (2002).'), 'Searching for a lost childhood: will the Special Court of Sierra Leone find justice?');
    assert.equal(title('Dawes, A., Tredoux, C.G., and Feinstein, A. Political Violence in South Africa. International Journal of Mental Health 18 (1989).'), 'Political Violence in South Africa.');
    assert.equal(title('Del Felice, Celina and Andria Wisler. The Unexplored Power of Youth as Peace-builders. Journal of Peace 11 (2007).'), 'The Unexplored Power of Youth as Peace-builders.');
  });

  it('Given Surname, Title: words quoted inside the title are part of it', () => {
    assert.match(title('Ben Hayes, Counter-Terrorism, ‘Policy Laundering’ and the FATF, Transnational Institute (2012)'), /^Counter-Terrorism, ‘Policy Laundering’ and the FATF/);
  });

  it('author-date: the title is the first sentence, not the journal or the book a chapter is in', () => {
    assert.equal(title('Moreau, L. (2016). Mediation after the ceasefire. In P. Ortiz and K. Lind (eds.), The Handbook of Peace and Security Studies, 10–25. Boston: Lakeside Press.'), 'Mediation after the ceasefire.');
    assert.equal(title('Ortiz, P. (2017). Ports and power in the Gulf. Journal of Maritime Peacekeeping, 4(2), 1–9.'), 'Ports and power in the Gulf.');
  });

  it('an abbreviation does not end a title: "v.", "Inc.", "No."', () => {
    assert.equal(title('Sara Lind, Ortega v. Harbour Authority and the Duty to Warn Civilians (2015)[link]'), 'Ortega v. Harbour Authority and the Duty to Warn Civilians');
    assert.equal(title('Lind, Sara. Harbour Works Inc. Versus the Port Town: a Case Note. Law Quarterly 3 (2001).'), 'Harbour Works Inc. Versus the Port Town: a Case Note.');
  });

  it('the title first, then the year and its author: the head is the title', () => {
    assert.equal(title('The Lakeside Review 2001-2005: an Assessment of Shelter for Displaced Families (2006) Marta Lind. A/61/100'), 'The Lakeside Review 2001-2005: an Assessment of Shelter for Displaced Families');
    // an organisation's name before the year is its author
    assert.equal(title('Office of the Special Adviser on Coastal Affairs (2012) Harbour safety in wartime. New York: UN.'), 'Harbour safety in wartime.');
    // an organisation's name in another language has long lower-case words too: the title after the year says it is the author
    assert.equal(title("Bureau conjoint des Nations Unies aux droits de l'homme (2020) Rapport public sur les violations commises par les groupes armés dans le territoire de Beni, Nord-Kivu. Kinshasa: MONUSCO/HCDH."), "Rapport public sur les violations commises par les groupes armés dans le territoire de Beni, Nord-Kivu.");
  });

  it('a year without brackets after the authors, editors before the year', () => {
    assert.equal(title('Lind, M & Ortega, P 2003. The harbour agreement in Liberia. Lakeside Institute.'), 'The harbour agreement in Liberia.');
    assert.equal(title('Ortega, P & Lind, M (eds) 2004. Ferries in wartime: trends and issues. Lakeside Institute.'), 'Ferries in wartime: trends and issues.');
    assert.equal(title('Lind, M. and Ortega, P. (eds) (2011) Harbours after the ceasefire. London: Lakeside.'), 'Harbours after the ceasefire.');
    assert.equal(title('Lind, Marta and Pablo Ortega (eds.). Ports in War and Peace. Boston: Lakeside Press, 1999.'), 'Ports in War and Peace.');
  });

  it('not the journal and volume that close a title', () => {
    assert.equal(title('Marta Lind, Pablo Ortega, Ferry Services at 50: Gains and Gaps, International Peacekeeping, 12:3, 101-120, DOI: 10.1000/x'), 'Ferry Services at 50: Gains and Gaps');
  });

  it('not the publisher\'s city, with its state: "(Washington, DC: Lakeside, 2010)"', () => {
    assert.equal(title('Marta Lind, Harbours in Wartime (Washington, DC: Lakeside Press, 2010) p. 4.'), 'Harbours in Wartime ( , 2010) p. 4.');
  });

  it('a note citing several works: each one\'s title', () => {
    const note = "See e.g. Marta Lind, 'Ferries and the Ceasefire' (Lakeside Center, 2016); Pablo Ortega and Ana Ruiz (eds), UN Peacekeeping Harbours in a New Era (Lakeside 2017)";
    assert.equal(citedWorks(note).length, 2);
    assert.match(title(note), /^Ferries and the Ceasefire \| .*UN Peacekeeping Harbours in a New Era/);
    // semicolons inside brackets, or before a lower-case word, do not split
    assert.equal(citedWorks('Ortega, P. (2010) Harbours (Lakeside, 2010; 2nd edn 2012) and the long wait for ferries.').length, 1);
    assert.equal(citedWorks('Lind, M. (2009) Ferries, ports; and harbours in the long war of the lakes. Lakeside.').length, 1);
    assert.equal(citedWorks("See Lind, M. (2012) 'No moorings: bottlenecks in the ferry strike', Harbour Review 1(1); and Ortega, P. (2011) Counter-terrorism and ferry services. Lakeside.").length, 2, "'; and' before the next author");
  });

  it('a resolution cited by its body\'s name: the body is the author', () => {
    assert.equal(title('UNSC Res 9999 (1 April 2031) UN Doc S/RES/9999'), 'Res 9999 (1 April 2031) UN Doc S/RES/9999');
    assert.equal(title('UN General Assembly Resolution 99/1 on harbour safety'), 'Resolution 99/1 on harbour safety');
  });

  it('a title with a subtitle is not taken for a publisher', () => {
    assert.match(title('Elizabeth Holland, Emerging Voices: Counterterrorism and Humanitarianism, Opinio Juris (Aug, 16, 2013). [link]'), /^Emerging Voices: Counterterrorism and Humanitarianism/);
  });

  it('a numbered or bulleted entry is read as the same entry without its marker', () => {
    const plain = 'United Nations, Report of the Secretary-General on the work of the Organization, A/54/1, 1999.';
    for (const marker of ['[1] ', '1. ', '12) ', '(3) ', '• ', '– ']) assert.equal(title(marker + plain), title(plain), marker);
    assert.match(title(plain), /^Report of the Secretary-General/);
    // a year opening a title is no marker
    assert.match(title('1994 Human Development Report: New Dimensions of Human Security (New York: UNDP)'), /^1994 Human Development Report/);
  });

  it('an organisation named as the author before a comma, with no year after it, is no part of the title', () => {
    assert.match(title('Office for the Coordination of Humanitarian Affairs, To Stay and Deliver: Good Practice for Humanitarians, 2011.'), /^To Stay and Deliver/);
    assert.match(title('Department of Peacekeeping Operations, Handbook on United Nations Multidimensional Peacekeeping Operations, December 2003.'), /^Handbook on United Nations Multidimensional Peacekeeping Operations/);
    assert.match(title('International Committee of the Red Cross, Professional Standards for Protection Work, Geneva, 2009.'), /^Professional Standards for Protection Work/);
    assert.match(title('Inter-Agency Standing Committee, Growing the Sheltering Tree: Protecting Rights through Humanitarian Action, 2002.'), /^Growing the Sheltering Tree/);
    // a document's own name before a comma is its title, not an author
    assert.match(title('Charter of the United Nations, 1945.'), /^Charter of the United Nations/);
    assert.match(title('Rome Statute of the International Criminal Court, UN Doc. A/CONF.183/9, 17 July 1998.'), /^Rome Statute of the International Criminal Court/);
    const tagger = new Tagger(loadTaxonomy());
    const actors = (text: string) => tagger.tag({ id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: 0, kind: 'reference', blockType: 'reference', actors: [], themes: [], places: [], evidence: [] }).actors;
    assert.deepEqual(actors('International Committee of the Red Cross, Professional Standards for Protection Work, Geneva, 2009.'), [], 'the author is never an actor');
    assert.deepEqual(actors('Department of Peacekeeping Operations, Handbook on United Nations Multidimensional Peacekeeping Operations, December 2003.'), ['un-peace-operations'], 'the title names the operations');
  });

  it('an instrument with its year last is read from its title ("Statute of …"), and a resolution opening an entry is its body\'s', () => {
    assert.match(title('Statute of the International Criminal Tribunal for Rwanda, annexed to resolution 955 (1994).'), /^Statute of the International Criminal Tribunal for Rwanda/);
    assert.equal(title('HCT in oPt – Humanitarian Country Team (2019)'), '', 'a head with no kind of document may be all author');
    assert.doesNotMatch(title('Security Council resolution 1325 (2000) on women, peace and security, S/RES/1325.'), /Security Council/);
  });
});
