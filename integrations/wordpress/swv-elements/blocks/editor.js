/**
 * The block editor side of the swv/* blocks: plain JavaScript against WordPress's own `wp.*`
 * globals (no build step; see the plugin README). The blocks, their attributes and the words come
 * from editor-data.js (generated from the elements' manifest). The preview is the element itself:
 * the elements' script is the blocks' `script`, loaded in the editor too. The front end is
 * rendered by PHP, the same as the shortcodes (`save` returns null).
 */
( function ( wp, data ) {
	if ( ! wp || ! wp.blocks || ! data ) {
		return;
	}
	var el = wp.element.createElement;
	var be = wp.blockEditor;
	var c = wp.components;
	var dutch = /^nl\b/i.test( document.documentElement.lang || 'nl' );
	var words = function ( pair ) {
		return ( dutch ? pair.nl : pair.en ) || pair.nl;
	};
	var OFF = [ '0', 'false', 'no', 'off', 'nee' ];

	/** The element's attributes from the block's: only those set, booleans only when on. */
	function elementAttributes( block, attributes ) {
		var out = {};
		block.attributes.forEach( function ( a ) {
			var value = attributes[ a.key ];
			if ( a.boolean ) {
				if ( value ) {
					out[ a.name ] = '';
				}
			} else if ( typeof value === 'string' && value.trim() !== '' ) {
				out[ a.name ] = value.trim();
			}
		} );
		return out;
	}

	/** The sidebar control of one attribute: a toggle, a choice, or a text field. */
	function control( a, attributes, setAttributes ) {
		var text = words( a.words );
		var common = {
			key: a.key,
			label: text.label,
			help: text.help,
			onChange: function ( value ) {
				var change = {};
				change[ a.key ] = value;
				setAttributes( change );
			},
		};
		if ( a.boolean ) {
			return el( c.ToggleControl, Object.assign( { checked: !! attributes[ a.key ] }, common ) );
		}
		if ( a.choices ) {
			var options = a.choices.map( function ( choice ) {
				return { value: choice.value, label: words( choice.words ) };
			} );
			return el( c.SelectControl, Object.assign( { value: attributes[ a.key ] || '', options: options }, common ) );
		}
		return el( c.TextControl, Object.assign( { value: attributes[ a.key ] || '' }, common ) );
	}

	/** `[swv-card code="PO2604"]`, `[swv-overview searchable]` → the block with those attributes. */
	function fromShortcode( block ) {
		var attributes = {};
		block.attributes.forEach( function ( a ) {
			attributes[ a.key ] = {
				type: a.boolean ? 'boolean' : 'string',
				shortcode: function ( shortcode ) {
					var value = ( shortcode.named || {} )[ a.name ];
					if ( a.boolean ) {
						return value === undefined
							? ( shortcode.numeric || [] ).indexOf( a.name ) !== -1
							: OFF.indexOf( String( value ).trim().toLowerCase() ) === -1;
					}
					return value === undefined ? '' : String( value );
				},
			};
		} );
		return { type: 'shortcode', tag: block.tag, attributes: attributes };
	}

	data.blocks.forEach( function ( definition ) {
		var block = Object.assign( {}, definition, {
			attributes: definition.attributes.map( function ( name ) {
				return data.attributes[ name ];
			} ),
		} );
		wp.blocks.registerBlockType( block.name, {
			edit: function ( props ) {
				var settings = el(
					c.PanelBody,
					{ title: dutch ? 'Instellingen' : 'Settings' },
					block.attributes.map( function ( a ) {
						return control( a, props.attributes, props.setAttributes );
					} )
				);
				var attributes = elementAttributes( block, props.attributes );
				var chosen = block.oneOf.length === 0 || block.oneOf.some( function ( name ) {
					return name in attributes;
				} );
				// Until the editor has said what to show, say where to say it.
				var preview = chosen
					? el( block.tag, attributes )
					: el( c.Placeholder, {
							icon: 'groups',
							label: words( block.words ).title,
							instructions:
								( dutch ? 'Kies in de zijbalk (het tandwiel rechtsboven) wat u wilt tonen: ' : 'Choose in the sidebar (the gear, top right) what to show: ' ) +
								block.attributes
									.filter( function ( a ) {
										return block.oneOf.indexOf( a.name ) !== -1;
									} )
									.map( function ( a ) {
										return words( a.words ).label;
									} )
									.join( ', ' ) +
								'.',
					  } );
				return el( 'div', be.useBlockProps(), el( be.InspectorControls, null, settings ), preview );
			},
			save: function () {
				return null;
			},
			transforms: { from: [ fromShortcode( block ) ] },
		} );
	} );
} )( window.wp, window.swvElementsBlocks );
