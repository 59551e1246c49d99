// A policy officer's library (userreview18): node scripts/userreview18/make-library.mjs [DIR]
// makes the briefing note, UN report, sitrep, Word-style export, French note, two versions of one
// note and a 201-page report as Chromium PDFs in DIR; then see README.md here for the scan,
// the Markdown note and the e-mail. Needs /usr/bin/chromium.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import process from 'node:process';
import console from 'node:console';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const pg = await b.newPage();
async function pdf(file, html, opts = {}) {
  await pg.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>${opts.title ?? ''}</title><style>body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.35} h1{font-size:18pt} h2{font-size:13pt} .box{border:2px solid #234;background:#e8eef5;padding:8px 14px;margin:12px 0} .box h2{margin-top:4px} p{margin:0 0 8px} ${opts.css ?? ''}</style></head><body>${html}</body></html>`);
  await pg.pdf({ path: file, format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' }, printBackground: true, ...(opts.pdf ?? {}) });
}
const L = (process.argv[2] ?? '/tmp/ur18/lib').replace(/\/?$/, '/');
fs.mkdirSync(L, { recursive: true });
// 1. NGO briefing note with Key recommendations box
await pdf(L + 'civwatch-2024-sudan-el-fasher-briefing.pdf', `
<h1>Protecting civilians in El Fasher: an agenda for the Security Council</h1>
<p><b>Civilian Protection Watch</b> · Briefing note · March 2024</p>
<p>Authors: Leila Osman and Daniel Brandt</p>
<div class="box"><h2>Key recommendations</h2>
<ul><li>The UN Security Council should demand that the Rapid Support Forces lift the siege of El Fasher and allow safe passage for civilians wishing to leave.</li>
<li>Member States with influence over the parties should condition arms transfers on compliance with international humanitarian law.</li>
<li>OCHA should negotiate cross-line access from Port Sudan to North Darfur and publish monthly figures on denied access.</li>
<li>Donors should fund women-led local organisations providing protection services in Darfur.</li></ul></div>
<h2>Summary</h2>
<p>Since April 2023 the conflict between the Sudanese Armed Forces and the Rapid Support Forces has displaced more than eight million people. El Fasher, the capital of North Darfur, hosts over 800,000 civilians, many of whom have already fled attacks elsewhere in Darfur. Shelling of residential areas, attacks on hospitals and the looting of markets have been reported almost daily since the siege began.</p>
<h2>Attacks on civilians</h2>
<p>Residents interviewed by Civilian Protection Watch described indiscriminate shelling of Abu Shouk camp and the killing of people fleeing along the road to Tawila. Sexual violence against women and girls has been used as a method of warfare. These acts may amount to war crimes and crimes against humanity.</p>
<p>The protection of civilians is not an optional consideration. Parties to the conflict are bound by the principles of distinction, proportionality and precaution, and the Council has repeatedly called on them to comply, most recently in resolution 2736 (2024).</p>
<h2>Humanitarian access</h2>
<p>Humanitarian access to El Fasher has been almost entirely cut. Trucks carrying food and medicine have waited for weeks at checkpoints. The Adre crossing from Chad remained the only reliable route into Darfur for several months. Famine conditions were confirmed in Zamzam camp.</p>
<h2>Conclusion</h2>
<p>Without sustained pressure from the Security Council and regional actors, the humanitarian situation in North Darfur will continue to deteriorate. Ending the siege is the first step.</p>
`, { title: 'Protecting civilians in El Fasher' });

// 2. Security Council report
const sgParas = [
 ['I. Introduction', ['The present report is submitted pursuant to the request contained in the statement by the President of the Security Council (S/PRST/2023/12). It covers the period from January to December 2023 and describes the state of the protection of civilians in armed conflict.', 'In 2023, the United Nations recorded more than 33,000 civilian deaths in 14 armed conflicts, a 72 per cent increase compared with 2022. Seven in ten of those killed were women and children.']],
 ['II. State of the protection of civilians', ['Conflict continued to devastate civilians in Gaza, the Sudan, Ukraine, Myanmar and the Democratic Republic of the Congo. The use of explosive weapons in populated areas remained a leading cause of civilian harm, accounting for 90 per cent of casualties where such weapons were used.', 'Attacks on health care were reported in at least 19 conflict situations. Health workers were killed, hospitals damaged and ambulances obstructed.', 'Conflict-induced hunger deepened. Some 117 million people faced acute food insecurity primarily because of war and violence. Starvation of civilians as a method of warfare is prohibited under international humanitarian law and Security Council resolution 2417 (2018).', 'Humanitarian access was constrained by hostilities, bureaucratic impediments and the killing of aid workers: 2023 was the deadliest year on record for humanitarian personnel.']],
 ['III. Enhancing protection', ['Member States should endorse and implement the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas.', 'I urge all parties to conflict to facilitate rapid and unimpeded humanitarian access and to respect and protect humanitarian personnel and assets.', 'The Security Council should systematically address conflict-induced hunger and ensure accountability for serious violations, including through referral to the International Criminal Court.']],
 ['IV. Observations', ['Accountability for serious violations of international humanitarian law remains the exception rather than the norm. States must investigate and prosecute war crimes committed by their nationals and armed forces.', 'I call on all Member States to take the steps outlined in the present report. The protection of civilians must move from words to action.']],
];
let n = 0;
await pdf(L + 'S-2024-385.pdf', `
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000"><span style="font-size:16pt">United Nations</span><span style="font-size:20pt;font-weight:bold">S/2024/385</span></div>
<div style="display:flex;justify-content:space-between"><span style="font-size:20pt;font-weight:bold">Security Council</span><span>Distr.: General<br>14 May 2024<br><br>Original: English</span></div>
<h1 style="font-size:16pt">Protection of civilians in armed conflict</h1>
<h2>Report of the Secretary-General</h2>
${sgParas.map(([h, ps]) => `<h2>${h}</h2>` + ps.map(p => `<p style="text-indent:0">${++n}.&nbsp;&nbsp;&nbsp;${p}</p>`).join('')).join('')}
`, { title: 'S/2024/385' });

// 3. OCHA sitrep
await pdf(L + 'ocha-2024-sudan-sitrep-12.pdf', `
<h1>SUDAN: Humanitarian Situation Report No. 12</h1>
<p>United Nations Office for the Coordination of Humanitarian Affairs (OCHA)</p>
<p>As of 15 July 2024</p>
<h2>Highlights</h2>
<ul><li>On 10 July 2024, heavy fighting in Sennar displaced an estimated 136,000 people to Gedaref and Blue Nile states.</li>
<li>Cholera cases reported in Kassala since 1 July 2024; 210 suspected cases and 8 deaths.</li>
<li>The Adre border crossing remained closed between 22 February and 15 August 2024, blocking aid convoys to Darfur.</li>
<li>The 2024 Humanitarian Response Plan is 32 per cent funded (US$ 873 million of US$ 2.7 billion).</li></ul>
<h2>Situation overview</h2>
<p>Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) continued in Khartoum, Darfur, Kordofan and Sennar. Since 15 April 2023, 10.7 million people have been internally displaced.</p>
<h2>Humanitarian response</h2>
<h3>Food security</h3>
<ul><li>WFP reached 1.2 million people with food assistance in June 2024.</li><li>Famine conditions were confirmed in Zamzam camp near El Fasher on 1 August 2024.</li></ul>
<h3>Health</h3>
<ul><li>Fewer than 30 per cent of health facilities in conflict-affected areas are functional.</li><li>Oral cholera vaccination campaign planned in Kassala for 20 July 2024.</li></ul>
<h3>Protection</h3>
<ul><li>Reports of sexual violence against women and girls fleeing Sennar continue.</li><li>Protection partners call on all parties to allow civilians safe passage.</li></ul>
<p>For further information: ocha-sudan@un.org</p>
`, { title: 'Sudan Situation Report No. 12' });

// 4. Word export with headers/footers
const wordBody = Array.from({ length: 6 }, (_, i) => `
<h2>${i + 1}. ${['Background', 'Humanitarian access in Yemen', 'Detention and due process', 'Explosive ordnance', 'Role of the Panel of Experts', 'Recommendations'][i]}</h2>
${i === 5 ? `<p>We recommend that:</p><p>(a) The Security Council renew the mandate of the Panel of Experts on Yemen and request a dedicated report on humanitarian access.</p><p>(b) The Houthis (Ansar Allah) release detained UN and NGO staff immediately and unconditionally.</p><p>(c) The Government of Yemen lift restrictions on fuel imports through Hudaydah port.</p>` :
 Array.from({ length: 4 }, (_, k) => `<p>${['Yemen remains one of the largest humanitarian crises in the world, with 18.2 million people in need of assistance in 2024.', 'Access constraints imposed by de facto authorities in Sana\'a, including movement restrictions and interference in programme design, have grown since 2023.', 'Since June 2024 dozens of UN and NGO staff have been detained by the Houthis without charge, a grave breach of the privileges and immunities of the United Nations.', 'Landmines and explosive remnants of war killed or injured civilians in Taiz and Hudaydah governorates every week.'][k]} This paragraph continues the analysis with further detail on the situation observed by partners in the field during the reporting period, drawing on interviews with affected communities and humanitarian staff.</p>`).join('')}`).join('');
await pdf(L + 'Yemen advocacy note FINAL v3 (2).pdf', `<h1>Yemen: protecting humanitarian space</h1><p>Advocacy note prepared for the Arria-formula meeting, 9 September 2024</p><p>Yemen NGO Forum</p>${wordBody}${wordBody.replace(/<h2>[^<]*<\/h2>/g, '')}`,
 { title: 'Microsoft Word - Yemen advocacy note FINAL v3.docx', pdf: { displayHeaderFooter: true, headerTemplate: '<div style="font-size:8pt;width:100%;text-align:right;margin-right:20mm;font-family:Arial">Yemen NGO Forum – Advocacy note – CONFIDENTIAL DRAFT</div>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;font-family:Arial">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>' } });

// 5. French
await pdf(L + 'note-plaidoyer-rdc-2024.pdf', `<h1>République démocratique du Congo : protéger les civils dans le Nord-Kivu</h1>
<p>Note de plaidoyer · Coalition des ONG pour la protection · juin 2024</p>
<h2>Résumé</h2><p>Depuis la reprise des combats entre le M23 et les Forces armées de la République démocratique du Congo (FARDC), plus de 1,7 million de personnes ont été déplacées dans la province du Nord-Kivu. Les sites de déplacés autour de Goma ont été bombardés à plusieurs reprises.</p>
<h2>Violences contre les civils</h2><p>Les violences sexuelles contre les femmes et les filles dans les sites de déplacés ont atteint un niveau sans précédent. Les bombardements de Mugunga et de Lushagala en mai 2024 ont tué au moins 35 personnes, dont des enfants.</p>
<h2>Recommandations</h2><p>Au Conseil de sécurité des Nations Unies : exiger le retrait du M23 des zones qu'il occupe et la fin du soutien extérieur aux groupes armés.</p><p>Au Gouvernement de la RDC : garantir le caractère civil des sites de déplacés et poursuivre les auteurs de violences sexuelles.</p><p>À la MONUSCO : maintenir une présence de protection autour de Goma pendant son retrait progressif.</p>`, { title: 'Note de plaidoyer RDC' });

// 8-9 two versions of a note
const note = (v, date, extra) => `<h1>Myanmar: humanitarian access in Rakhine State</h1><p>Protection Cluster Myanmar · Advocacy note · ${v} · ${date}</p>
<h2>Overview</h2><p>Since November 2023 renewed fighting between the Arakan Army and the Myanmar military has displaced more than 300,000 people in Rakhine State. Rohingya communities face forced recruitment by both sides.</p>
<h2>Access</h2><p>Travel authorisations for humanitarian staff have been suspended since January 2024. Rice and medicines cannot reach Sittwe and Buthidaung townships.</p>
<h2>Recommendations</h2><p>The Security Council should call on the Myanmar military and the Arakan Army to allow unimpeded humanitarian access to all townships in Rakhine State.</p>${extra}`;
await pdf(L + 'myanmar-rakhine-access-note-v1.pdf', note('Version 1', '2 April 2024', ''), { title: 'Myanmar Rakhine access note' });
await pdf(L + 'myanmar-rakhine-access-note-v2.pdf', note('Version 2 (revised)', '20 May 2024', '<p>ASEAN member states should press for the protection of Rohingya civilians in Buthidaung following the burning of the town on 17 May 2024.</p>'), { title: 'Myanmar Rakhine access note' });

// 7. long report 200 pages
const countries = ['Syria', 'Afghanistan', 'Somalia', 'Mali', 'South Sudan', 'Ukraine', 'Haiti', 'Ethiopia', 'Colombia', 'Burkina Faso'];
let long = '<h1>Global Protection Review 2024: civilians in twenty conflicts</h1><p>Global Protection Cluster · Annual report · December 2024</p>';
for (let c = 0; c < 76; c++) {
  const ctry = countries[c % countries.length];
  long += `<h2>Chapter ${c + 1}. ${ctry}${c >= 10 ? ' (continued, part ' + (Math.floor(c / 10) + 1) + ')' : ''}</h2>`;
  for (let p = 0; p < 22; p++) long += `<p>In ${ctry}, protection monitoring in quarter ${p % 4 + 1} documented ${100 + c * 7 + p} incidents affecting civilians, including killings, abductions, gender-based violence and attacks on schools. Humanitarian partners reported that access constraints, insecurity on main roads and bureaucratic impediments limited their ability to reach affected people. Community-based protection committees continued to refer survivors to services where these existed. ${p === 11 && c === 73 ? 'The cholera vaccination unique marker zebrafinch appears only here.' : ''}</p>`;
}
await pdf(L + 'gpc-2024-global-protection-review.pdf', long, { title: 'Global Protection Review 2024', pdf: { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>' } });

// 6. a scanned-like page: a turned, blurred page image, made a PDF by tesseract (see the command printed)
const SCAN = join(tmpdir(), 'ur18-scan.png');
await pg.setViewportSize({ width: 1240, height: 1754 });
await pg.setContent(`<html><body style="margin:0;background:#e9e6dc"><div style="transform:rotate(0.8deg);filter:blur(0.7px) contrast(0.8);font-family:'Liberation Serif';font-size:26px;padding:90px;line-height:1.4;color:#222"><p style="text-align:center;font-weight:bold">HUMAN RIGHTS WATCH — LETTER TO THE PRESIDENT OF THE SECURITY COUNCIL</p><p>12 February 2024</p><p>Dear Ambassador,</p><p>We write ahead of the Council's open debate on the protection of civilians to urge Council members to address the situation in Haiti, where armed gangs killed more than 4,000 people in 2023. Gang violence has displaced over 360,000 people, and sexual violence is used to terrorise communities in Port-au-Prince.</p><p>We urge the Security Council to ensure that the Multinational Security Support mission deploys with robust human rights safeguards, including screening of personnel and a mechanism for complaints.</p><p>Sincerely,</p><p>Tirana Hassan, Executive Director</p></div></body></html>`);
await pg.screenshot({ path: SCAN });
console.log(`then: tesseract ${SCAN} ${L}hrw-letter-haiti-scan pdf`);
await b.close();
