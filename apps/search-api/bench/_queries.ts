/**
 * A realistic mix for the bench, in the generated corpus's vocabulary: single words,
 * inflections (`kommun` for kommunerna/kommuner), compound parts (`träning` in språkträning),
 * phrases, exclusions, browsing with facets, filters of every kind, sorting and paging.
 */
export const BENCH_QUERIES: readonly string[] = [
  '/search?q=nyanl%C3%A4nda',
  '/search?q=kommun',
  '/search?q=tr%C3%A4ning&region=%C3%96vre%20Norrland',
  '/search?q=l%C3%A5ngtidsarbetsl%C3%B6sa%20akademiker',
  '/search?q=%22validering%20av%20yrkeskunskaper%22',
  '/search?q=bristyrken%20-transport',
  '/search?q=%C3%A4ldreomsorgen&fields=background,goals',
  '/search?q=matchning&year=2016&year=2017',
  '/search?q=samverkan&grantMin=1000000&sort=esfGrant:desc',
  '/search',
  '/search?facets=municipality,owner&hitsPerPage=10',
  '/search?region=Sydsverige&layout=C&page=2',
  '/search?q=utbildningar&startFrom=2015-01-01&startTo=2018-12-31',
  '/search?q=spr%C3%A5ktr%C3%A4ning&budgetMax=5000000&targetGroup=unga',
  '/search?q=tillg%C3%A4nglighet&fields=accessibility',
  '/search?q=handledare&sort=startDate:desc&hitsPerPage=50',
]
