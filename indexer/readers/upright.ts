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
