// `npm run manifest` writes custom-elements.json from the elements' source and JSDoc.
// scripts/check-manifest.ts builds the same manifest in memory and checks it against the source.

/** Our elements register with `define('tc-x', TcX)` (skips a tag already defined), not customElements.define. */
export function tradecounterDefine() {
  return {
    name: 'tradecounter-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } },
      ];
    },
  };
}

/** Names in `static properties = { x: { state: true } }`: Lit's internal reactive state, not API. */
function stateProperties(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const property of member.initializer.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some(
        (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(property.name.getText().replace(/['"]/g, ''));
    }
  }
  return names;
}

/**
 * Keeps the public API only: private and protected members and Lit's internal state are
 * implementation; events are the documented `tc-` ones (`emit(name, …)` in the base class is not one).
 */
export function publicApiOnly() {
  const state = new Map();
  return {
    name: 'tradecounter-public-api-only',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) state.set(node.name.text, stateProperties(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = state.get(declaration.name) ?? new Set();
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => (!member.privacy || member.privacy === 'public') && !hidden.has(member.name),
            );
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('tc-') || event.description);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/base/tc-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tradecounterDefine(), publicApiOnly()],
};
