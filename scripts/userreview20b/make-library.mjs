// A Geneva researcher's trilingual library (userreview20b): node scripts/userreview20b/make-library.mjs [DIR]
// writes French and Spanish documents (Chromium PDFs, pdfLaTeX PDF, Markdown, plain text) into DIR,
// with accents, « guillemets », non-breaking spaces, ligatures, French and Spanish dates,
// "Recommandations"/"Recomendaciones" sections and "Mots-clés". Needs /usr/bin/chromium and pdflatex.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import process from 'node:process';
import console from 'node:console';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
const L = process.argv[2] ?? '/tmp/ur20b/lib';
fs.mkdirSync(L, { recursive: true });
const NB = '\u00a0', NNB = '\u202f';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pg = await b.newPage();
async function pdf(file, html, title, lang) {
  await pg.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.35;text-rendering:optimizeLegibility;font-variant-ligatures:common-ligatures} h1{font-size:18pt} h2{font-size:13pt} p{margin:0 0 8px;text-align:justify} .box{border:2px solid #234;background:#e8eef5;padding:8px 14px;margin:12px 0}</style></head><body>${html}</body></html>`);
  await pg.pdf({ path: join(L, file), format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' }, printBackground: true });
}
// 1. ICRC-style French PDF, French title with an English subtitle
await pdf('cicr-2021-negociations-humanitaires-sahel.pdf', `
<h1>Négociations humanitaires au Sahel${NB}: Lessons from the Field</h1>
<p><b>Comité international de la Croix-Rouge (CICR)</b> · Document de travail · Genève, 12 mars 2021</p>
<p>Auteurs${NB}: Élodie Marchand et François Lefèvre</p>
<p><b>Mots-clés${NB}:</b> négociation humanitaire, accès humanitaire, groupes armés non étatiques, Mali, Burkina Faso</p>
<h2>Résumé</h2>
<p>Les négociations humanitaires menées par le CICR au Mali et au Burkina Faso montrent que l’accès aux populations dépend de la confiance bâtie avec les groupes armés non étatiques. Les délégués décrivent des «${NB}négociations de proximité${NB}» conduites au niveau local, souvent sans mandat écrit, avec des chefs communautaires et des commandants de zone.</p>
<h2>L’accès humanitaire dans le centre du Mali</h2>
<p>Depuis 2019, l’accès humanitaire aux cercles de Mopti et de Ségou s’est fortement dégradé. Les équipes ont dû négocier chaque déplacement, parfois plusieurs fois par semaine, afin d’obtenir des garanties de sécurité. Les efforts de négociation ont permis la réouverture d’un centre de santé à Djenné et la distribution de vivres à 40${NB}000 personnes déplacées.</p>
<p>Le financement de ces activités reste insuffisant${NB}; les bailleurs de fonds hésitent à soutenir des dialogues qu’ils jugent «${NB}politiquement sensibles${NB}». Les délégués ont pourtant réaffirmé que le dialogue avec toutes les parties au conflit est conforme au droit international humanitaire et aux Conventions de Genève.</p>
<h2>Obligations des parties au conflit</h2>
<p>Les obligations des parties au conflit comprennent l’obligation d’autoriser et de faciliter le passage rapide et sans encombre des secours humanitaires destinés aux civils dans le besoin, ainsi que la protection du personnel humanitaire. Les affrontements près de Tombouctou ont toutefois entraîné la suspension des activités pendant six semaines.</p>
<h2>Recommandations</h2>
<p>Nous recommandons aux États membres de soutenir financièrement les négociations humanitaires de proximité et de ne pas criminaliser le dialogue avec les groupes armés.</p>
<p>Nous recommandons aux organisations humanitaires de former leurs équipes locales à la négociation et de partager leurs analyses des réseaux d’influence.</p>
`, 'Négociations humanitaires au Sahel : Lessons from the Field', 'fr');
// 2. MSF-style French PDF on South Sudan and DRC
await pdf('msf-2023-soins-sous-le-feu.pdf', `
<h1>Soigner sous le feu${NB}: les attaques contre les structures de santé au Soudan du Sud et en RDC</h1>
<p><b>Médecins Sans Frontières</b> · Rapport · Bruxelles, 1<sup>er</sup> février 2023</p>
<h2>Introduction</h2>
<p>Entre janvier et octobre 2022, MSF a recensé quarante-deux attaques contre des hôpitaux, des ambulances et du personnel médical au Soudan du Sud et dans l’est de la République démocratique du Congo (RDC). Dans la province de l’Ituri, des hommes armés ont pillé le centre de santé de Drodro et tué deux infirmiers. À Malakal, le service de pédiatrie a été incendié.</p>
<h2>Les violences sexuelles</h2>
<p>Les équipes de MSF ont pris en charge plus de 3${NB}000 victimes de violences sexuelles dans le Nord-Kivu. La plupart des survivantes ont été agressées en allant chercher du bois ou de l’eau aux abords des sites de déplacés de Goma.</p>
<h2>Recommandations</h2>
<ul><li>Les parties au conflit doivent respecter et protéger les structures médicales, le personnel de santé et les patients, conformément au droit international humanitaire.</li>
<li>Le Conseil de sécurité des Nations Unies doit exiger des enquêtes indépendantes sur chaque attaque contre des hôpitaux.</li>
<li>Les bailleurs doivent financer la prise en charge médicale et psychologique des survivantes de violences sexuelles.</li></ul>
`, 'Soigner sous le feu', 'fr');
// 3. Spanish PDF (OCHA Colombia style)
await pdf('ocha-2022-colombia-proteccion-civiles.pdf', `
<h1>Protección de civiles y acceso humanitario en Colombia</h1>
<p><b>Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios (OCHA)</b> · Informe temático · Bogotá, 3 de mayo de 2022</p>
<p><b>Palabras clave:</b> negociación humanitaria, desplazamiento forzado, minas antipersonal, Chocó</p>
<h2>Resumen</h2>
<p>Durante 2021, más de 73.000 personas fueron víctimas de desplazamiento forzado masivo en Colombia, principalmente en los departamentos de Nariño, Chocó y Antioquia. Los grupos armados no estatales impusieron confinamientos a comunidades indígenas y afrocolombianas, restringiendo su acceso a alimentos y servicios de salud.</p>
<h2>Acceso humanitario</h2>
<p>Las organizaciones humanitarias negociaron el acceso a las zonas rurales del Chocó con los actores armados presentes. La negociación del acceso humanitario se vio dificultada por la presencia de minas antipersonal y por amenazas contra el personal humanitario. El Comité Internacional de la Cruz Roja (CICR) documentó 377 víctimas de artefactos explosivos.</p>
<h2>Recomendaciones</h2>
<p>Recomendamos al Gobierno de Colombia fortalecer la protección de los líderes sociales y garantizar la atención a las víctimas del conflicto armado.</p>
<p>Recomendamos a los donantes aumentar la financiación para la respuesta humanitaria en el Pacífico colombiano.</p>
`, 'Protección de civiles y acceso humanitario en Colombia', 'es');
await b.close();

// 4. pdfLaTeX French working paper (TeX ligatures fi/ffi, T1 accents, hyphenation)
const tex = String.raw`\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[pdftex,pdftitle={La protection des civils en République centrafricaine}]{hyperref}
\title{La protection des civils en République centrafricaine : bilan de la MINUSCA}
\author{Camille Dufresne\\Institut de hautes études internationales et du développement, Genève}
\date{15 septembre 2020}
\begin{document}\maketitle
\begin{abstract}Cette étude examine l'efficacité de la mission des Nations Unies en République centrafricaine (MINUSCA) dans la protection des civils entre 2014 et 2020. Elle s'appuie sur des entretiens avec des officiers, des responsables humanitaires et des chefs de quartier à Bangui et à Bambari.\end{abstract}
\noindent\textbf{Mots-clés :} protection des civils, maintien de la paix, MINUSCA, République centrafricaine
\section{Introduction}
La MINUSCA a été déployée en 2014 avec un mandat robuste de protection des civils. Les officiers interrogés affirment que l'efficacité de la mission dépend de la mobilité de ses unités et de la qualité des informations fournies par les communautés. Les difficultés logistiques, les routes impraticables pendant la saison des pluies et l'insuffisance des hélicoptères ont limité les interventions à Bria et à Kaga-Bandoro.
\section{Les violences contre les civils}
Les groupes armés issus de l'ex-Séléka et les milices anti-balaka ont commis des massacres, des violences sexuelles et des pillages. Les personnes déplacées ont trouvé refuge dans l'enceinte des bases de la mission, ce qui a posé des défis inédits pour la sécurité des camps et la coexistence avec les soldats de la paix.
\section{Recommandations}
Nous recommandons au Conseil de sécurité de doter la mission de moyens aériens suffisants et de renforcer les mécanismes d'alerte précoce communautaires. Nous recommandons également aux pays contributeurs de troupes de lever les restrictions nationales qui limitent l'action des contingents.
\end{document}
`;
const tdir = fs.mkdtempSync('/tmp/ur20b-tex-');
fs.writeFileSync(join(tdir, 'dufresne.tex'), tex);
execFileSync('pdflatex', ['-interaction=nonstopmode', 'dufresne.tex'], { cwd: tdir, stdio: 'ignore' });
fs.copyFileSync(join(tdir, 'dufresne.pdf'), join(L, 'dufresne-2020-protection-civils-rca.pdf'));

// 5. French Markdown (OCHA DRC)
fs.writeFileSync(join(L, 'ocha-2024-rdc-apercu-besoins.md'), `# Aperçu des besoins humanitaires : République démocratique du Congo

*Bureau de la coordination des affaires humanitaires (OCHA) · Kinshasa, 28 février 2024*

**Mots-clés :** déplacement, choléra, Nord-Kivu, Ituri

## Contexte

En 2024, 25,4${NB}millions de personnes ont besoin d’une assistance humanitaire en RDC. La reprise des combats entre les Forces armées de la République démocratique du Congo (FARDC) et le M23 autour de Goma a provoqué le déplacement de plus de 700${NB}000 personnes depuis octobre 2023.

## Santé

L’épidémie de choléra s’est étendue à onze provinces. Les partenaires de santé signalent une rupture de stock de vaccins et un manque d’accès à l’eau potable dans les sites de déplacés autour de Goma.

## Recommandations

- Les autorités congolaises doivent garantir l’accès humanitaire sans entrave aux zones touchées par les combats.
- Nous recommandons aux bailleurs de fonds d’augmenter le financement flexible pour la réponse au choléra.
`);
// 6. Spanish Markdown (MSF Venezuela/Colombia migrants)
fs.writeFileSync(join(L, 'msf-2023-migrantes-darien.md'), `# Atención médica a personas migrantes en el Darién

*Médicos Sin Fronteras · Ciudad de Panamá, 14 de junio de 2023*

## Introducción

En 2022, más de 248.000 personas cruzaron la selva del Darién, entre Colombia y Panamá. Los equipos de Médicos Sin Fronteras atendieron a 1.300 sobrevivientes de violencia sexual y a cientos de niños y niñas con deshidratación.

## Negociaciones con las autoridades

Las negociaciones con las autoridades panameñas permitieron instalar un puesto de salud en Bajo Chiquito. Sin embargo, el acceso de las organizaciones humanitarias a las comunidades receptoras sigue siendo limitado.

## Recomendaciones

- Los Estados de la región deben garantizar rutas migratorias seguras y el acceso a servicios de salud.
- Recomendamos a los donantes financiar la atención psicosocial de las personas sobrevivientes de violencia sexual.
`);
// 7. French plain text (UN-style note with ligature characters and NNBSP)
fs.writeFileSync(join(L, 'onu-2022-soudan-du-sud-note.txt'), `Soudan du Sud${NNB}: la protection des civils dans les sites de la MINUSS

Note d'information, Organisation des Nations Unies, Djouba, 7 novembre 2022

Résumé

La Mission des Nations Unies au Soudan du Sud (MINUSS) abrite encore plus de 35${NNB}000 personnes déplacées dans ses sites de protection des civils. Les eﬀorts de la mission pour transférer la gestion des sites aux autorités ont suscité des inquiétudes quant à la sécurité des déplacés et à la ﬁabilité des garanties oﬀertes par le gouvernement.

Violences intercommunautaires

Les violences intercommunautaires dans l'État de Jonglei et dans la zone administrative du Grand Pibor ont fait des centaines de morts. Les enlèvements de femmes et d'enfants restent fréquents. La mission a déployé des bases temporaires pour dissuader les attaques.

Recommandations

Nous recommandons à la MINUSS de maintenir une présence militaire autour des anciens sites de protection des civils tant que les conditions d'un retour volontaire, sûr et digne ne sont pas réunies.
`);
// 8. Spanish plain text (ICRC)
fs.writeFileSync(join(L, 'cicr-2021-desaparecidos-mexico.txt'), `Personas desaparecidas y sus familiares en México: obligaciones de los Estados

Comité Internacional de la Cruz Roja, Ciudad de México, 30 de agosto de 2021

Resumen

Más de 90.000 personas están registradas como desaparecidas en México. Las familias enfrentan obstáculos para acceder a la justicia y a información sobre la suerte de sus seres queridos. Las obligaciones de los Estados incluyen buscar a las personas desaparecidas, identificar los restos humanos y acompañar a las familias.

Negociación y diálogo

El CICR mantiene un diálogo confidencial con las autoridades federales y estatales. La negociación con grupos armados para recuperar restos humanos en zonas de difícil acceso es una tarea delicada.

Recomendaciones

Recomendamos a las autoridades fortalecer los servicios forenses y garantizar la participación de las familias en los procesos de búsqueda.
`);
console.log('made', fs.readdirSync(L).length, 'files in', L);
