// mutool run rotate.js IN OUT DEGREES: sets every page's /Rotate (a page stored sideways shown upright).
/* global PDFDocument, scriptArgs -- mutool's JavaScript, not Node's */
var doc = new PDFDocument(scriptArgs[0]);
var n = doc.countPages();
for (var i = 0; i < n; i++) doc.findPage(i).Rotate = Number(scriptArgs[2]);
doc.save(scriptArgs[1], 'garbage,compress');
