/**
 * Site banners that precede the title on real pages (LAYOUTS.md). They carry no project data;
 * the renderer can print them so that generated sheets exercise the parser's banner skipping.
 * Each entry is the list of banner lines; every line is followed by a blank line.
 */
export const BANNER_LINES = {
  none: [],
  covid: [
    'Information med anledning av covid-19',
    'Uppdaterad information med anledning av covid-19\u00a0\u00a0',
  ],
  webinar: [
    'Stäng',
    '3 december - Webbinarium om fattigdom i dagens Sverige',
    'Mer information och anmälan.',
  ],
  maintenance: [
    'Stäng',
    'EBS2020 har driftstopp på söndag den 29 mars 2020',
    'Driftstopp pga servicearbete söndagen 29/3 från kl 15.00 och framåt, arbetet förväntas vara klart på måndag 30/3.\u00a0',
  ],
  cookies: [
    'information (1)\nCookies',
    'Den här hemsidan använder cookies för att säkerställa bästa möjliga upplevelse på vår webb. Genom att använda denna webbplats förutsätter vi att du godkänner att vi sparar cookies på din enhet.',
    'Lär dig mer',
  ],
} as const satisfies Record<string, readonly string[]>

/**
 * A banner the renderer can print before the title: `covid`, `webinar` and `maintenance` were
 * seen on layout A pages, `cookies` on layout C pages.
 */
export type Banner = keyof typeof BANNER_LINES
