/**
 * The delegated Graph scopes the tab asks for, in the order it asks. The manifest's NAA
 * prefetch (webApplicationInfo.nestedAppAuthInfo) must name the same scopes in the same order,
 * or Teams prefetches a token the tab never uses: one constant for both.
 */
export const TAB_GRAPH_SCOPES: readonly string[] = ['User.ReadBasic.All'];
