import assert from 'node:assert/strict';
import type { CslItem } from '../../core/types.js';
import { containerFields, editorNames } from '../../indexer/references/container.js';
import { authorDateNames, parseReferences } from '../../indexer/references/parse.js';

// userreview17 finding 7: a reference entry kept title, author, year and DOI, and lost the
// journal, volume, issue and pages (or a chapter's book and editors) it prints.

const entry = (t: string): CslItem => parseReferences(t, 'entry')[0];
const note = (t: string): CslItem[] => parseReferences(t, 'note');
const pick = (c: CslItem, ...f: string[]) => Object.fromEntries(f.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
const JOURNAL = ['type', 'container-title', 'volume', 'issue', 'page'];

describe('reference entries with their journal, book and pages (refs17)', () => {
  it('reads a journal article in Harvard, APA, Chicago author-date and Vancouver', () => {
    const harvard = entry('Bangerter, O. (2011) Reasons why armed groups choose to respect international humanitarian law or not. *International Review of the Red Cross*, 93(882), pp. 353–384. https://doi.org/10.1017/S1816383112000069');
    assert.deepEqual(pick(harvard, ...JOURNAL, 'DOI', 'title'), { type: 'article-journal', title: 'Reasons why armed groups choose to respect international humanitarian law or not', 'container-title': 'International Review of the Red Cross', volume: '93', issue: '882', page: '353-384', DOI: '10.1017/S1816383112000069' });
    assert.deepEqual(pick(entry('Grace, R. (2020). Humanitarian negotiation with parties to armed conflict. Journal of Humanitarian Affairs, 2(1), 13–23.'), ...JOURNAL), { type: 'article-journal', 'container-title': 'Journal of Humanitarian Affairs', volume: '2', issue: '1', page: '13-23' });
    const chicago = entry('Jackson, Ashley, and Rob Grace. 2021. "Negotiating Perilous Access." Disasters 45 (3): 455–78.');
    assert.deepEqual(pick(chicago, ...JOURNAL, 'author', 'issued'), { type: 'article-journal', author: [{ family: 'Jackson', given: 'Ashley' }, { family: 'Grace', given: 'Rob' }], issued: { 'date-parts': [[2021]] }, 'container-title': 'Disasters', volume: '45', issue: '3', page: '455-78' });
    const vancouver = entry('Keller A, Haddad BM (2023) Negotiating access. J Humanit Aff. 2023;5(2):45-52.');
    assert.deepEqual(pick(vancouver, ...JOURNAL, 'author'), { type: 'article-journal', author: [{ family: 'Keller', given: 'A.' }, { family: 'Haddad', given: 'B. M.' }], 'container-title': 'J Humanit Aff', volume: '5', issue: '2', page: '45-52' });
    assert.deepEqual(pick(entry('Disasters, A. (2020) A title. Disasters, 44, 1–20.'), ...JOURNAL), { type: 'article-journal', 'container-title': 'Disasters', volume: '44', page: '1-20' });
  });

  it('reads a chapter\'s book, editors, pages and publisher in Harvard, APA and Chicago', () => {
    const want = { type: 'chapter', 'container-title': 'Humanitarian Ethics in Practice', editor: [{ family: 'Slim', given: 'Hugo' }, { family: 'Ortiz', given: 'Ana' }], page: '112-134', publisher: 'Oxford University Press' };
    const f = ['type', 'container-title', 'editor', 'page', 'publisher'];
    assert.deepEqual(pick(entry('Mancini, F. (2021) Engaging armed groups. In: Hugo Slim and Ana Ortiz (eds), Humanitarian Ethics in Practice, Oxford University Press, Oxford, 2021, pp. 112-134.'), ...f), want);
    assert.deepEqual(pick(entry('Mancini, F. (2021). Engaging armed groups. In H. Slim & A. Ortiz (Eds.), Humanitarian Ethics in Practice (pp. 112–134). Oxford University Press.'), ...f), { ...want, editor: [{ family: 'Slim', given: 'H.' }, { family: 'Ortiz', given: 'A.' }] });
    assert.deepEqual(pick(entry('Mancini, Fabio. 2021. "Engaging Armed Groups." In Humanitarian Ethics in Practice, edited by Hugo Slim and Ana Ortiz, 112–134. Oxford: Oxford University Press.'), ...f, 'publisher-place'), { ...want, 'publisher-place': 'Oxford' });
  });

  it('reads a book\'s edition and a UN document\'s symbol and date', () => {
    assert.deepEqual(pick(entry('Slim, H. (2015) Humanitarian Ethics. 2nd edn. London: Hurst.'), 'type', 'edition', 'publisher', 'publisher-place'), { type: 'book', edition: '2nd', publisher: 'Hurst', 'publisher-place': 'London' });
    assert.deepEqual(pick(entry('United Nations Security Council (2023) Report of the Secretary-General on the protection of civilians in armed conflict. S/2023/345, 12 May 2023.'), 'type', 'number', 'issued'), { type: 'report', number: 'S/2023/345', issued: { 'date-parts': [[2023, 5, 12]] } });
  });

  it('reads the notes\' journal issue and pages, a chapter in a note, and no span of years for pages', () => {
    const [curran] = note("David Curran and Paul Holtom, 'Resonating, Rejecting, Reinterpreting: Mapping the Stabilization Discourse in the United Nations Security Council, 2000-14', *Stability: International Journal of Security & Development*, vol. 4, no.1, 2015, 1-18, p.9.");
    assert.deepEqual(pick(curran, ...JOURNAL), { type: 'article-journal', 'container-title': 'Stability: International Journal of Security & Development', volume: '4', issue: '1', page: '1-18' });
    const [gilder] = note("Alexander Gilder, 'The UN and the Protection of Civilians', *Journal of Conflict & Security Law*, vol. 28, 2023, 317-348.");
    assert.deepEqual(pick(gilder, ...JOURNAL), { type: 'article-journal', 'container-title': 'Journal of Conflict & Security Law', volume: '28', page: '317-348' });
    const [owada] = note("Hisashi Owada, 'Human Security and International Law' In: Ulrich Fastenrath and Christoph Vedder (eds), *From Bilateralism to Community Interest* (Oxford: Oxford University Press, 2011) pp 505-520, p.505.");
    assert.deepEqual(pick(owada, 'type', 'container-title', 'page', 'publisher', 'publisher-place', 'editor'), { type: 'chapter', 'container-title': 'From Bilateralism to Community Interest', page: '505-520', publisher: 'Oxford University Press', 'publisher-place': 'Oxford', editor: [{ family: 'Fastenrath', given: 'Ulrich' }, { family: 'Vedder', given: 'Christoph' }] });
    const [daft] = note('Shireen Daft, *The Relationship Between Human Security Discourse and International Law* (Abingdon: Routledge, 2017) pp. 33, 3.');
    assert.deepEqual(pick(daft, 'type', 'title', 'publisher', 'publisher-place'), { type: 'book', title: 'The Relationship Between Human Security Discourse and International Law', publisher: 'Routledge', 'publisher-place': 'Abingdon' });
  });

  it('keeps a Chicago chapter\'s translator out of its editors (review17-c finding 3)', () => {
    const c = entry('Mancini, Fabio. 2021. "Engaging Armed Groups." In Humanitarian Ethics, edited by Hugo Slim, translated by Ana Ortiz, 112–34. Oxford: Oxford University Press.');
    assert.deepEqual(pick(c, 'editor', 'translator', 'page'), { editor: [{ family: 'Slim', given: 'Hugo' }], translator: [{ family: 'Ortiz', given: 'Ana' }], page: '112-34' });
  });

  it('reads a UN symbol on 50 kB of slashes in linear time, a symbol after a parenthesis, none with its sentence\'s full stop (review17-c findings 4, 6)', () => {
    const slashes = `S${'/A'.repeat(25_000)}`;
    const start = process.cpuUsage();
    containerFields(slashes);
    containerFields('A/'.repeat(25_000));
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 300, `${ms} ms`);
    assert.equal(containerFields('(S/2023/363, 5 June 2023)').number, 'S/2023/363');
    assert.equal(containerFields('UN Doc A/RES/46/182.').number, 'A/RES/46/182');
  });

  it('reads inverted names in linear time on 50 kB of capitalised words, and as before on real lists (review17-c finding 7)', () => {
    const start = process.cpuUsage();
    for (const run of ['Aa '.repeat(17_000), 'A'.repeat(50_000), 'Aa-'.repeat(17_000)]) {
      editorNames(run);
      authorDateNames(run);
    }
    const used = process.cpuUsage(start);
    assert.ok((used.user + used.system) / 1000 < 400, `${(used.user + used.system) / 1000} ms`);
    const want = [{ family: 'Slim', given: 'H.' }, { family: 'Ortiz', given: 'A.' }];
    for (const list of ['Slim, H. and Ortiz, A.', 'Slim, H., & Ortiz, A.', 'Slim, H. Ortiz, A.']) {
      assert.deepEqual(editorNames(list), want, list);
      assert.deepEqual(authorDateNames(list), want, list);
    }
    assert.deepEqual(authorDateNames("Van Der Berg, A. B., O'Neill, P. and McDonald, R."), [{ family: 'Van Der Berg', given: 'A. B.' }, { family: "O'Neill", given: 'P.' }, { family: 'McDonald', given: 'R.' }]);
  });

  it('keeps a Chicago note\'s "ed." and "trans." out of its title (review17-c finding 8)', () => {
    const [slim] = note('Hugo Slim, ed., *Humanitarian Ethics*, trans. Ana Ortiz (London: Hurst, 2015), 45.');
    assert.deepEqual(pick(slim, 'title', 'editor', 'translator', 'publisher', 'issued'), { title: 'Humanitarian Ethics', editor: [{ family: 'Slim', given: 'Hugo' }], translator: [{ family: 'Ortiz', given: 'Ana' }], publisher: 'Hurst', issued: { 'date-parts': [[2015]] } });
    const [two] = note('Hugo Slim, Humanitarian Ethics, translated by Ana Ortiz (London: Hurst, 2015).');
    assert.deepEqual(pick(two, 'title', 'author', 'translator'), { title: 'Humanitarian Ethics', author: [{ family: 'Slim', given: 'Hugo' }], translator: [{ family: 'Ortiz', given: 'Ana' }] });
  });

  it('keeps an organisation named in capitals whole and a report\'s series out of the journal', () => {
    assert.deepEqual(entry('UN SG (2020) The highest aspiration: a call to action for human rights. New York: UN.').author, [{ literal: 'UN SG' }]);
    const hpg = entry('Metcalfe, V. (2012) Trends and challenges. HPG Working Paper 12. London: ODI.');
    assert.equal(hpg['container-title'], undefined);
    assert.equal(hpg.type, 'report');
  });
});
