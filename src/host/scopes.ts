/**
 * The delegated Graph scopes the tab asks for, in the order it asks. The manifest's NAA
 * prefetch (webApplicationInfo.nestedAppAuthInfo) must name the same scopes in the same order,
 * or Teams prefetches a token the tab never uses: one constant for both. User.ReadBasic.All finds
 * people (the owner picker, an import's owners); User.Read lets the tab check the signed-in
 * person's own transitive group membership (board roles through nested Entra groups).
 */
export const TAB_GRAPH_SCOPES: readonly string[] = ['User.ReadBasic.All', 'User.Read'];
