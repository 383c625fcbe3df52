import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js'
import { kronor } from './format.js'

// Only the parts a bar chart needs, so the bundle leaves the rest of Chart.js out.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)

/**
 * A bar chart of ESF money on a canvas. The canvas is an image to screen readers (its label
 * says where the numbers are); the table beside it carries the data. No animation, so a
 * redraw never moves under the reader.
 *
 * @example
 * barChart(canvas, ['2011', '2014'], [652091, 5381121])
 */
export function barChart(canvas: HTMLCanvasElement, labels: string[], values: number[]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [{ label: 'ESF-stöd', data: values, backgroundColor: '#0b4f9c' }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: labels.length > 8 ? 'y' : 'x',
      plugins: {
        tooltip: { callbacks: { label: (item) => kronor.format(Number(item.raw)) } },
      },
      scales: { [labels.length > 8 ? 'x' : 'y']: { ticks: { callback: (v) => millions(v) } } },
    },
  })
}

function millions(value: string | number): string {
  return `${(Number(value) / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} mnkr`
}
