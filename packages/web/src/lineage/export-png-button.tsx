import { Button, Tooltip } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { toBlob } from 'html-to-image';
import { useState } from 'react';

/** Longest side of an exported image, in CSS pixels (browsers refuse canvases much larger than this). */
const MAX_IMAGE_SIDE = 8000;
const PADDING = 40;

interface ExportPngButtonProps {
  /** Part of the file name: `lineage-<name>.png`. */
  name: string;
  /** Only the nodes in view are in the page (large graphs): export the view instead of the whole graph. */
  isViewOnly: boolean;
  onError: (error: unknown) => void;
}

/**
 * Downloads the graph as a PNG drawn by html-to-image from the graph's own DOM, so it looks exactly like the
 * screen (colours, highlighted path, open column lists). A small graph is exported whole at 1:1 (or smaller if
 * it would exceed MAX_IMAGE_SIDE); a large one draws only the nodes in view, so the view is what is exported.
 */
export function ExportPngButton({ name, isViewOnly, onError }: ExportPngButtonProps) {
  const flow = useReactFlow();
  const [isBusy, setBusy] = useState(false);
  const exportPng = async () => {
    setBusy(true);
    try {
      const target = document.querySelector<HTMLElement>(
        '[data-testid="lineage-canvas"] .react-flow__viewport',
      );
      const pane = target?.closest<HTMLElement>('.react-flow');
      if (!target || !pane) throw new Error('the graph is not drawn yet');
      const frame = isViewOnly ? viewFrame(pane, flow.getViewport()) : wholeGraphFrame(flow.getNodes());
      const blob = await toBlob(target, {
        backgroundColor: getComputedStyle(pane).backgroundColor || '#ffffff',
        width: frame.width,
        height: frame.height,
        pixelRatio: 1,
        style: {
          width: `${frame.width}px`,
          height: `${frame.height}px`,
          transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})`,
        },
      });
      if (!blob) throw new Error('the browser could not draw the image');
      download(blob, `lineage-${name.replace(/[^\w.-]+/g, '_')}.png`);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip label={isViewOnly ? 'PNG of the part in view (large graph)' : 'PNG of the whole graph'}>
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconPhoto size={14} />}
        loading={isBusy}
        onClick={() => void exportPng()}
        data-testid="export-png"
      >
        PNG
      </Button>
    </Tooltip>
  );
}

interface Frame {
  width: number;
  height: number;
  x: number;
  y: number;
  zoom: number;
}

function wholeGraphFrame(nodes: Parameters<typeof getNodesBounds>[0]): Frame {
  const bounds = getNodesBounds(nodes);
  const zoom = Math.min(1, MAX_IMAGE_SIDE / (Math.max(bounds.width, bounds.height) + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * zoom);
  const height = Math.ceil((bounds.height + 2 * PADDING) * zoom);
  const viewport = getViewportForBounds(bounds, width, height, zoom, zoom, 0);
  return { width, height, ...viewport };
}

function viewFrame(pane: HTMLElement, viewport: { x: number; y: number; zoom: number }): Frame {
  return { width: pane.clientWidth, height: pane.clientHeight, ...viewport };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
