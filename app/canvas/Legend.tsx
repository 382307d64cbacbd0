import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { polygonPoints, shapeOutline } from '../../src/export/svg-shapes';
import { EDGE_KIND_STYLE, NODE_KIND_STYLE, type NodeShape } from '../../src/style';

/** A node shape in a 20×20 box, from the outlines the SVG export draws, so legend, canvas and export agree. */
function ShapeIcon({ shape, color }: { shape: NodeShape; color: string }) {
  const o = shapeOutline(shape);
  const r = 8;
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {o.type === 'circle' && <circle cx="10" cy="10" r={r} fill={color} />}
      {o.type === 'rect' && (
        <rect
          x={10 - o.halfWidth * r}
          y={10 - o.halfHeight * r}
          width={2 * o.halfWidth * r}
          height={2 * o.halfHeight * r}
          rx={o.corner * r}
          fill={color}
        />
      )}
      {o.type === 'polygon' && <polygon points={polygonPoints(o.points, 10, 10, r)} fill={color} />}
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
            <ShapeIcon shape={NODE_KIND_STYLE[kind].shape} color={NODE_KIND_STYLE[kind].color} />
            {NODE_KIND_STYLE[kind].label}
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
          const s = EDGE_KIND_STYLE[kind];
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
