import type { PageViewport } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Where a point of the page's own space is on the page as shown. A page whose /Rotate turns it
 * (content drawn sideways, shown upright: a scanner's or a landscape-first producer's pages)
 * has its text in the unturned space, so every line would run down the page; the viewport's
 * turn puts it where a reader sees it, y still counted up from the foot. An unturned page keeps
 * its points as they are (the layout stages count from the page space's own origin).
 */
export function uprightPoint(viewport: Pick<PageViewport, 'rotation' | 'height' | 'convertToViewportPoint'>): (x: number, y: number) => [number, number] {
  if (viewport.rotation % 360 === 0) return (x, y) => [x, y];
  return (x, y) => {
    const [vx, vy] = viewport.convertToViewportPoint(x, y) as [number, number];
    return [vx, viewport.height - vy];
  };
}

/**
 * Whether text drawn along (a, b) in the page's own space runs up or down the page as shown:
 * a landscape page's folio set for the unturned sheet, a margin stamp, a spine line. Its words
 * stand one above another, so the line stages would take each as a line of its own, or join
 * it to the row of text it stands beside.
 */
export function sidewaysAsShown(rotation: number): (a: number, b: number) => boolean {
  // The page's /Rotate is a multiple of 90: a quarter turn swaps what runs across and up.
  const turned = ((rotation % 180) + 180) % 180 === 90;
  return (a, b) => (turned ? Math.abs(a) > Math.abs(b) : Math.abs(b) > Math.abs(a));
}
