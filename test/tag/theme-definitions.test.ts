import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Three themes read as their definitions read them (issue 14, themes17). Funding is money
// ("donor funding, financial dependence, resourcing, budgets"): donors who press, convene or
// speak are an actor at work, not the theme. Conduct of hostilities is how war is fought: a
// cessation of hostilities is a peace process, former combatants are demobilisation, a landmine
// ban is a treaty campaign. Accountability's sanctions are those on
// perpetrators: sanctions regimes, committees and lists that aid must screen against are counter-
// terrorism's or the Council's business. Leadership's training is of leaders and staff, not of an army. And
// how funding and leadership are told without their keywords: shortfalls, earmarked money,
// running costs; vacant posts, appointments, turnover. The passages are made up for these tests.


describe('themes by their definitions (themes17)', () => {
  const tagger = new Tagger(loadTaxonomy());
  const themes = (text: string) => tagger.tag(passage(text)).themes;
  const why = (text: string) => JSON.stringify(tagger.tag(passage(text)).evidence.filter((e) => e.facet === 'theme'));

  const tagged: [string, string][] = [
    ['funding', 'Donors cut their funding to the appeal by a third in the second year.'],
    ['funding', 'Agencies faced a shortfall of 40 per cent by June and reduced rations in the camps; most of what arrived was earmarked for a single province.'],
    ['funding', 'Running costs of the field hubs rose sharply, and fundraising for the response stalled.'],
    ['accountability', 'The Council imposed targeted sanctions on two commanders named by the panel of experts.'],
    ['conduct-of-hostilities', 'Airstrikes hit the hospital twice in one night and killed twelve patients.'],
    ['leadership', 'The mission invested in training for its senior staff and in mentoring new heads of office.'],
    ['leadership', 'The post of Humanitarian Coordinator remained vacant for six months, and when a deputy was finally appointed, turnover among senior advisers had already cost the team its memory.'],
  ];
  for (const [theme, text] of tagged) {
    it(`${theme}: ${text.slice(0, 60)}…`, () => assert.ok(themes(text).includes(theme), why(text)));
  }

  const notTagged: [string, string][] = [
    ['funding', 'Donors pressed the parties to let convoys through and urged them to respect the ceasefire.'],
    ['funding', 'Mediators and donors should press for an arrangement that lets families return home in safety.'],
    ['conduct-of-hostilities', 'The cessation of hostilities signed in November was welcomed by the Council in a press statement.'],
    ['conduct-of-hostilities', 'The programme supports the reintegration of former combatants and ex-combatants into civilian life.'],
    ['conduct-of-hostilities', 'Canada and Norway built a foreign policy agenda that led to the landmine ban.'],
    ['accountability', 'Sweden will continue to press within the EU for humanitarian exemptions in sanctions regimes, and will not require partners to screen people against sanctions lists.'],
    ['leadership', 'Donors spent years training the army battalions, which later preyed on the villagers they were meant to protect.'],
  ];
  for (const [theme, text] of notTagged) {
    it(`not ${theme}: ${text.slice(0, 60)}…`, () => assert.ok(!themes(text).includes(theme), why(text)));
  }
});
