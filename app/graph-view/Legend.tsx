import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { EDGE_KIND_STYLES, NODE_KIND_STYLES, type NodeShape } from './kind-styles';

// SVG outlines of the Cytoscape shapes, in a 20×20 box, so the legend matches the canvas.
const SHAPE_POINTS: Record<NodeShape, string | null> = {
  'round-rectangle': null,
  rectangle: '3,5 17,5 17,15 3,15',
  hexagon: '5,3 15,3 19,10 15,17 5,17 1,10',
  ellipse: null,
  diamond: '10,1 19,10 10,19 1,10',
  barrel: '3,4 17,4 19,10 17,16 3,16 1,10',
};

function ShapeIcon({ shape, color }: { shape: NodeShape; color: string }) {
  const points = SHAPE_POINTS[shape];
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="10" cy="10" r="8" fill={color} />}
      {shape === 'round-rectangle' && <rect x="2" y="4" width="16" height="12" rx="4" fill={color} />}
      {points && <polygon points={points} fill={color} />}
    </svg>
  );
}

/** The key to the canvas: node kinds by shape and colour, edge kinds by line. */
export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul className="legend-list">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <ShapeIcon shape={NODE_KIND_STYLES[kind].shape} color={NODE_KIND_STYLES[kind].color} />
            {NODE_KIND_STYLES[kind].label}
          </li>
        ))}
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="7" fill="#e69f00" stroke="#7c2d12" strokeWidth="2" strokeDasharray="3 2" />
          </svg>
          Anonymous source
        </li>
      </ul>
      <p className="note">
        Outlets and their articles wear the outlet’s colour, as in the outlet filter. Size: how often cited.
      </p>
      <ul className="legend-list">
        {EDGE_KINDS.map((kind) => {
          const s = EDGE_KIND_STYLES[kind];
          const dash = s.line === 'dashed' ? '5 3' : s.line === 'dotted' ? '1.5 2.5' : undefined;
          return (
            <li key={kind}>
              <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
                <line
                  x1="1"
                  y1="6"
                  x2="27"
                  y2="6"
                  stroke={s.color}
                  strokeWidth={Math.max(s.width, 1.5)}
                  strokeDasharray={dash}
                />
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
