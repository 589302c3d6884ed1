/** The architecture of DESIGN.md, enforced: the domain knows no framework and no I/O. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain imports no framework, no event-store client, no database and no I/O.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        path: [
          '^node_modules/@nestjs/',
          '^node_modules/@eventstore/',
          '^node_modules/better-sqlite3',
          '^node_modules/kysely',
          '^node_modules/pg/',
          '^node_modules/fastify',
          '^libs/(event-store|projections)/',
          '^apps/',
        ],
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster)(/|$)' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-independent',
      comment: 'No app imports another: what two apps share belongs in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'event-store-knows-no-domain',
      comment: 'Adapters know no domain rules.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^libs/(domain|projections)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.tmp/|apps/web/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
