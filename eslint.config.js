// ESLint as Astro and Starlight projects set it up: JavaScript's and typescript-eslint's
// recommended rules, eslint-plugin-astro for .astro files with its accessibility (jsx-a11y) rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...eslintPluginAstro.configs.recommended,
	...eslintPluginAstro.configs['jsx-a11y-recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a value that is deliberately unused (a destructured field left out).
			// Lists styled without bullets keep role="list": WebKit drops their list semantics otherwise.
			'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
			// A wide table scrolls in a labelled region, which must take focus to scroll by keyboard.
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
];
