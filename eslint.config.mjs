import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'schema/**', 'data/**', 'screenshots/**', '.tmp/**', 'test/react/.harness.js', 'test/react19/.harness.js', 'test/react19/node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement', 'SwvDataElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'Browser code never imports the command-line tool.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Data never becomes markup.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Data never becomes markup.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    // Chai assertions like `expect(x).to.exist` are expressions.
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
