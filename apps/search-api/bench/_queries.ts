/**
 * A realistic mix for the bench: free text (single words, inflected forms, compounds,
 * phrases, exclusions), browsing with facets, filters of every kind, sorting and paging.
 */
export const BENCH_QUERIES: readonly string[] = [
  '/search?q=unga',
  '/search?q=arbetsl%C3%B6shet',
  '/search?q=kommuner&region=%C3%96vre%20Norrland',
  '/search?q=l%C3%A5ngtidsarbetsl%C3%B6sa%20unga',
  '/search?q=%22personer%20med%20funktionsneds%C3%A4ttning%22',
  '/search?q=kompetensutveckling%20-v%C3%A5rd',
  '/search?q=integration&fields=background,goals',
  '/search?q=nyanl%C3%A4nda&year=2016&year=2017',
  '/search?q=samverkan&grantMin=1000000&sort=esfGrant:desc',
  '/search',
  '/search?facets=municipality,owner&hitsPerPage=10',
  '/search?region=Sydsverige&layout=C&page=2',
  '/search?q=utbildning&startFrom=2015-01-01&startTo=2018-12-31',
  '/search?q=digitalisering&budgetMax=5000000&targetGroup=unga',
  '/search?q=tillg%C3%A4nglighetsexpert&fields=accessibility',
  '/search?q=sysselsatta&sort=startDate:desc&hitsPerPage=50',
]
