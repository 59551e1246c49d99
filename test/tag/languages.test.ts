import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { languageOf } from '../../core/nlp/language.js';
import { languageOfDocument, pluralCueIn, Tagger } from '../../indexer/tag/tagger.js';
import { processFile } from '../../indexer/process-file.js';

// Themes of French and Spanish passages (taxonomy: cuesByLanguage), read with the passage's
// language (core/nlp/language.ts). The sentences are written as reports in the field write
// them; none is from the labelled data.

const tagger = new Tagger(loadTaxonomy());
const passage = (text: string, extra: Partial<Passage> = {}): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
const themes = (text: string) => tagger.tag(passage(text)).themes;

describe('the language of a passage (core/nlp/language.ts)', () => {
  it('tells English, French and Spanish apart by their function words', () => {
    assert.equal(languageOf('The mission strengthened its patrols to protect civilians in central Mali, where attacks have increased.'), 'en');
    assert.equal(languageOf('La mission a renforcé ses patrouilles pour protéger les civils dans le centre du Mali, où les attaques se sont multipliées.'), 'fr');
    assert.equal(languageOf('La misión reforzó sus patrullas para proteger a los civiles en el centro de Malí, donde los ataques han aumentado.'), 'es');
    assert.equal(languageOf('Más de dos millones de personas desplazadas y refugiados.'), 'es');
  });

  it('says nothing of a heading or a name, and does not take English with foreign names for them', () => {
    assert.equal(languageOf('Accès humanitaire'), undefined);
    assert.equal(languageOf('Protection of civilians'), undefined);
    assert.equal(languageOf('As de Coning and El Salvador’s officials noted, the mission and its partners were not consulted by the Los Angeles office.'), 'en');
  });

  it('does not read an English text that lists French NGOs by name as French (function words inside names)', () => {
    assert.equal(languageOf('Médecins du Monde; Action contre la Faim; Aide et Action; Secours Islamique France'), undefined);
    assert.equal(languageOf('Partners: Médecins du Monde, Aide et Action, Handicap International'), undefined);
    // a name's particle ("Las Anod") and an article hyphened to a name ("al-Shabaab") are not Spanish
    assert.equal(languageOf('Clashes in Las Anod, Somaliland, displaced 185,000 people y al-Shabaab'), undefined);
    // an English report's partner lists leave its document English
    const doc = ['Partners: Médecins du Monde, Aide et Action, Handicap International', 'Médecins du Monde; Action contre la Faim; Aide et Action; Secours Islamique France', 'Implementing partners: Aide et Action, Médecins du Monde', 'The mission strengthened its patrols to protect civilians in central Mali.', 'Attacks on the roads have cut off the markets of the region.', 'Funding for the response is a third of what the plan asks for.'].map((t) => passage(t));
    assert.equal(languageOfDocument(doc), 'en');
    // French text keeps its own function words outside the names
    assert.equal(languageOf('Selon Médecins du Monde, les attaques se sont multipliées dans le centre du Mali et les civils fuient.'), 'fr');
  });

  it('reads a document as the language of its first three passages that say one', () => {
    const ps = ['Accès humanitaire', 'Les civils sont les premières victimes des attaques dans le centre du pays.', 'La mission a renforcé ses patrouilles dans les cercles de la région.', 'Le financement est insuffisant pour les besoins des ménages.'].map((t) => passage(t));
    assert.equal(languageOfDocument(ps), 'fr');
    assert.equal(languageOfDocument([passage('Access')]), undefined);
  });
});

describe('French and Spanish theme cues (taxonomy: cuesByLanguage)', () => {
  const should: [string, string][] = [
    ['La MINUSMA a renforcé ses patrouilles pour assurer la protection des civils dans le centre du Mali, où les violences contre les civils se sont multipliées.', 'protection-of-civilians'],
    ['L’accès humanitaire reste très limité dans les zones contrôlées par les groupes armés, et les travailleurs humanitaires font face à des entraves bureaucratiques.', 'humanitarian-access'],
    ['Plus de 400 000 personnes déplacées internes vivent dans des sites de déplacés, et les réfugiés qui rentrent ne trouvent pas de solutions durables.', 'displacement'],
    ['Le rapport recommande de renforcer le plaidoyer et la diplomatie humanitaire auprès des parties au conflit.', 'advocacy-and-diplomacy'],
    ['Les violences sexuelles liées aux conflits restent largement impunies et les auteurs présumés sont rarement traduits en justice.', 'gender-and-sexual-violence'],
    ['Les violences sexuelles liées aux conflits restent largement impunies et les auteurs présumés sont rarement traduits en justice.', 'accountability'],
    ['Le financement du plan de réponse humanitaire n’atteint que 30 % des besoins, et les bailleurs de fonds ont réduit leurs contributions.', 'funding'],
    ['La mission a appuyé l’extension de l’autorité de l’État et la réforme du secteur de la sécurité dans le nord du pays.', 'stabilization'],
    ['Le recrutement d’enfants par les groupes armés a augmenté, selon le rapport sur les violations graves commises contre les enfants.', 'children-and-armed-conflict'],
    ['La MONUSCO est une opération de maintien de la paix dont le mandat prévoit le recours à la force pour protéger les civils.', 'peace-operations'],
    ['Les parties doivent respecter le droit international humanitaire et les obligations juridiques qui découlent des Conventions de Genève.', 'international-law'],
    ['La MINUSCA ha reforzado sus patrullas para garantizar la protección de los civiles en la República Centroafricana.', 'protection-of-civilians'],
    ['El acceso humanitario sigue muy restringido y los trabajadores humanitarios enfrentan obstáculos burocráticos y restricciones de movimiento.', 'humanitarian-access'],
    ['Más de dos millones de personas desplazadas internas y refugiados necesitan soluciones duraderas.', 'displacement'],
    ['La violencia sexual sigue siendo generalizada, y la impunidad de los perpetradores es casi total; la rendición de cuentas es urgente.', 'gender-and-sexual-violence'],
    ['La violencia sexual sigue siendo generalizada, y la impunidad de los perpetradores es casi total; la rendición de cuentas es urgente.', 'accountability'],
    ['Los donantes han reducido la financiación y el llamamiento humanitario está financiado solo en un 25 %.', 'funding'],
    ['El reclutamiento de niños por los grupos armados y otras violaciones graves contra los niños aumentaron en 2022.', 'children-and-armed-conflict'],
    ['Las operaciones de mantenimiento de la paz dependen de los países que aportan contingentes y del uso de la fuerza previsto en su mandato.', 'peace-operations'],
  ];
  for (const [text, theme] of should) {
    it(`tags ${theme}: ${text.slice(0, 60)}…`, () => assert.ok(themes(text).includes(theme), `${theme} not in ${themes(text).join(', ')}`));
  }

  it('tags nothing in a report sentence on other business', () => {
    assert.deepEqual(themes('Le comité s’est réuni à Paris pour discuter du calendrier des réunions et de l’organisation des ateliers avec les pays voisins.'), []);
    assert.deepEqual(themes('La reunión del comité se celebró en Madrid para discutir el calendario de los talleres y la organización del evento.'), []);
  });

  it('does not read French words that are English cues as English: "pays" is a country, "court" short, "caution" a guarantee', () => {
    const t = tagger.tag(passage('Les pays voisins ont apporté leur caution au plan, et les délais restent courts pour les pays de la région.'));
    assert.deepEqual(t.themes, []);
    // in English the same words count as written
    assert.ok(themes('Who pays? Donors cut funding and the budget pays for less each year.').includes('funding'));
  });

  it('does not read "armés" as arms, nor "violaciones" (violations) as rape', () => {
    assert.ok(!themes('Les groupes armés et les forces armées contrôlent les routes du nord, selon les autorités locales et les chefs de village.').includes('conduct-of-hostilities'));
    assert.ok(!themes('Las violaciones del derecho internacional por las partes se han documentado en el informe de la comisión.').includes('gender-and-sexual-violence'));
  });

  it('reads a short passage (a heading, a list item) as its document is written', () => {
    const doc = ['Accès humanitaire et présence opérationnelle', 'Les civils sont les premières victimes des attaques dans le centre du pays.', 'La mission a renforcé ses patrouilles dans les cercles de la région.', 'Les organisations humanitaires ont réduit leur présence sur le terrain.'].map((t, i) => passage(t, { id: `p${i}`, ordinal: i }));
    const tagged = tagger.tagDocument(doc);
    assert.ok(tagged[0].themes.includes('humanitarian-access'), tagged[0].themes.join(', '));
    // alone, the heading says no language and is read with the English cues only
    assert.ok(!tagger.tag(doc[0]).themes.includes('humanitarian-access'));
  });

  it('shows the French and Spanish words as evidence', () => {
    const e = tagger.tag(passage('L’accès humanitaire reste très limité et les travailleurs humanitaires font face à des entraves bureaucratiques.')).evidence.find((x) => x.id === 'humanitarian-access');
    assert.ok(e?.matched.some((m) => /acc[eè]s humanitaire/.test(m)), JSON.stringify(e));
  });

  it('makes plurals as French and Spanish do', () => {
    assert.equal(pluralCueIn('fr', 'deplace'), 'deplaces');
    assert.equal(pluralCueIn('fr', 'local'), 'locaux');
    assert.equal(pluralCueIn('fr', 'bureau'), 'bureaux');
    assert.equal(pluralCueIn('fr', 'pays'), undefined);
    assert.equal(pluralCueIn('es', 'civil'), 'civiles');
    assert.equal(pluralCueIn('es', 'proteccion'), 'protecciones');
    assert.equal(pluralCueIn('es', 'nino'), 'ninos');
    assert.equal(pluralCueIn('es', 'capaz'), 'capaces');
    assert.equal(pluralCueIn('es', 'crisis'), undefined);
    assert.equal(pluralCueIn('fr', 'violence sexuelle'), undefined);
  });

  it('gives every theme French and Spanish cues', () => {
    for (const t of loadTaxonomy().themes) for (const lang of ['fr', 'es'] as const) assert.ok(Object.keys(t.cuesByLanguage[lang] ?? {}).length >= 5, `${t.id} ${lang}`);
  });
});

describe('a French report through the indexer', () => {
  it('tags its passages with the themes they are about, and not the editorial note', async () => {
    const file = join('test', 'fixtures', 'fr-mali-protection-civils.txt');
    const r = await processFile(file, 'fr-mali-protection-civils.txt', [], { maxPages: 10 });
    assert.equal(r.report.status, 'indexed');
    const ps = r.passages!;
    const themesOf = (words: string) => ps.find((p) => p.text.includes(words))?.themes ?? [];
    assert.ok(themesOf('mis à l’épreuve').includes('protection-of-civilians'), themesOf('mis à l’épreuve').join(', '));
    assert.ok(themesOf('renforcé ses patrouilles').includes('protection-of-civilians'));
    assert.ok(themesOf('fortement réduit').includes('humanitarian-access'));
    assert.ok(themesOf('personnes déplacées internes').includes('displacement'));
    assert.ok(themesOf('bailleurs de fonds').includes('funding'));
    assert.deepEqual(themesOf('comité de rédaction'), []);
    const docThemes = r.document!.tags.theme.map((t) => t.id);
    for (const id of ['protection-of-civilians', 'humanitarian-access', 'displacement', 'funding']) assert.ok(docThemes.includes(id), `${id} not in ${docThemes.join(', ')}`);
  });
});

describe('actors named in French and Spanish (taxonomy aliases)', () => {
  const actors = (text: string) => tagger.tag(passage(text)).actors;

  it('knows the Council, member states, donors, NGOs and the Red Cross by their French and Spanish names', () => {
    const fr = actors('Le Conseil de sécurité a prorogé le mandat de la mission ; les États membres et les bailleurs de fonds ont salué le rôle des ONG et du CICR.');
    for (const id of ['un-security-council', 'member-states', 'donors', 'ngos', 'red-cross-movement']) assert.ok(fr.includes(id), `${id} not in ${fr.join(', ')}`);
    const es = actors('El Consejo de Seguridad pidió a los Estados miembros y a los donantes que apoyen a las organizaciones no gubernamentales y a la Cruz Roja.');
    for (const id of ['un-security-council', 'member-states', 'donors', 'ngos', 'red-cross-movement']) assert.ok(es.includes(id), `${id} not in ${es.join(', ')}`);
  });

  it('knows UN offices, leaders and courts by their French and Spanish names and acronyms', () => {
    assert.ok(actors('Le HCDH et le PNUD ont appuyé le Coordonnateur humanitaire.').includes('ohchr'));
    assert.ok(actors('Le HCDH et le PNUD ont appuyé le Coordonnateur humanitaire.').includes('un-development-system'));
    assert.ok(actors('Le HCDH et le PNUD ont appuyé le Coordonnateur humanitaire.').includes('humanitarian-leadership'));
    assert.ok(actors('La Corte Penal Internacional y el ACNUR publicaron sus informes.').includes('courts-and-mechanisms'));
    assert.ok(actors('La Corte Penal Internacional y el ACNUR publicaron sus informes.').includes('unhcr'));
  });

  it('counts donors named in French once for funding, as the cue and the actor', () => {
    const e = tagger.tag(passage('Les bailleurs de fonds ont réduit leur appui cette année, selon le rapport publié par le bureau.')).evidence.find((x) => x.id === 'funding');
    assert.ok(e, 'funding');
    assert.ok(!e.matched.includes('actor: donors'), e.matched.join(', '));
  });
});

describe('places named in French and Spanish (taxonomy aliases, userreview20b)', () => {
  const places = (text: string) => tagger.tag(passage(text)).places;

  it('knows the countries of French and Spanish reports by their French and Spanish names', () => {
    assert.deepEqual(places('La mission au Soudan du Sud protège les civils.'), ['SSD']);
    assert.deepEqual(places('Les civils en République centrafricaine sont menacés.'), ['CAF']);
    assert.deepEqual(places('Les combats en RDC ont déplacé des milliers de personnes.'), ['COD']);
    assert.deepEqual(places('Más de 90.000 personas desaparecidas en México.'), ['MEX']);
    assert.deepEqual(places('La situation en Syrie et au Yémen reste grave.').sort(), ['SYR', 'YEM']);
    assert.deepEqual(places('Les réfugiés au Tchad et au Soudan fuient les combats.').sort(), ['SDN', 'TCD']);
    assert.deepEqual(places('En Afganistán y Siria la situación es grave.').sort(), ['AFG', 'SYR']);
    assert.deepEqual(places('Los refugiados de Sudán del Sur llegan a Etiopía.').sort(), ['ETH', 'SSD']);
  });
});
