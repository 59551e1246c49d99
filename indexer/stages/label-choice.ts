// Which page labels a PDF's passages are cited by. A researcher cites the number printed on the
// page, not the one a viewer shows: the file's own /PageLabels tree is what the viewer shows,
// and a tool that cut a chapter from a report, or a template whose labels were never set, leaves
// one that says otherwise than the folios (a chapter printed 101–108 labelled 3–10). The tree is
// still the better guide where the folios are read alike: it numbers the pages where none is
// printed or read (a chapter's opening page, a plate) as the publisher meant.

/**
 * The file's own labels where the folios read from the pages agree with them, else null (cite
 * the folios). They disagree when, on the pages where both give a label, more differ than agree:
 * one folio misread (a year in a foot) does not outweigh a tree that matches the rest.
 */
export function ownLabelsIfPrinted(own: readonly (string | null)[] | null | undefined, printed: readonly (string | null)[] | null): (string | null)[] | null {
  if (!own?.some((l) => l)) return null;
  if (!printed) return [...own];
  let agree = 0;
  let differ = 0;
  own.forEach((label, i) => {
    const folio = printed[i];
    if (!label || !folio) return;
    if (sameLabel(label, folio)) agree++;
    else differ++;
  });
  return differ > agree ? null : [...own];
}

/** A label as the tree gives it against the folio as read: roman numerals in either case. */
function sameLabel(label: string, folio: string): boolean {
  return label.trim().toLowerCase() === folio.trim().toLowerCase();
}
