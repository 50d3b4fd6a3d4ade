// three.js on PostureLab's model, timed like `posturelab bench --no-ui --sweep orbit`: the same GLB,
// x-ray, a lateral view framed on the pelvis and the lumbar spine, the camera orbiting 2° a frame, each
// frame ended by reading one pixel back (which waits for the GPU, as the bench's glFinish does).
// Query: ?size=1280x720&frames=120&msaa=4. The result lands in window.peerResult.
import * as THREE from 'three';
import {GLTFLoader} from 'three/addons/loaders/GLTFLoader.js';

const query = new URLSearchParams(location.search);
const [width, height] = (query.get('size') || '1280x720').split('x').map(Number);
const frames = Number(query.get('frames') || 120);
const msaa = Number(query.get('msaa') || 4);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function percentile95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

async function run() {
  const renderer = new THREE.WebGLRenderer({antialias: msaa > 0, powerPreference: 'high-performance'});
  renderer.setPixelRatio(1);
  renderer.setSize(width, height);
  document.body.appendChild(renderer.domElement);
  const gl = renderer.getContext();
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const rendererName = debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);

  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x20242a);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x404040, 1.2));
  const sun = new THREE.DirectionalLight(0xffffff, 2.0);
  sun.position.set(1, 2, 1.5);
  scene.add(sun);

  const loadStart = performance.now();
  const gltf = await new GLTFLoader().loadAsync('../../models/lower_body.glb');
  const modelLoadMs = performance.now() - loadStart;
  // The teaching view's x-ray, as PostureLab draws it: bones and discs solid; muscles and tendons
  // see-through with their far side (three.js draws double-sided transparency back faces first);
  // the skin see-through, its near side only. Transparent objects are drawn far to near.
  gltf.scene.traverse(node => {
    if (!node.isMesh) return;
    const category = node.userData.category;
    if (category !== 'muscle' && category !== 'tendon' && category !== 'skin') return;
    node.material = node.material.clone();
    node.material.transparent = true;
    node.material.depthWrite = false;
    node.material.opacity = category === 'skin' ? 0.22 : 0.28;
    node.material.side = category === 'skin' ? THREE.FrontSide : THREE.DoubleSide;
  });
  scene.add(gltf.scene);
  scene.updateMatrixWorld(true);

  // The teaching view's region: the pelvis and the lumbar vertebrae, seen from the side.
  const box = new THREE.Box3();
  // (Node names lose their dots in three.js; the ids in the nodes' extras keep them.)
  gltf.scene.traverse(node => {
    if (/^bone\.(pelvis|sacrum|L[1-5])$/.test(node.userData.id || '')) box.expandByObject(node);
  });
  if (box.isEmpty()) throw new Error('the model has no pelvis or lumbar vertebrae to frame');
  const centre = box.getCenter(new THREE.Vector3());
  const size = box.getSize(new THREE.Vector3());
  const camera = new THREE.PerspectiveCamera(24, width / height, 0.05, 20);
  const distance = (Math.max(size.y, size.z) * 1.25) / (2 * Math.tan(THREE.MathUtils.degToRad(12)));
  let triangles = 0;
  const pixel = new Uint8Array(4);
  const times = [];
  for (let frame = 0; frame < frames + 10; ++frame) {
    const yaw = THREE.MathUtils.degToRad(90 + 2 * frame);  // +X first: the body's left side
    camera.position.set(centre.x + distance * Math.sin(yaw), centre.y, centre.z + distance * Math.cos(yaw));
    camera.lookAt(centre);
    const start = performance.now();
    renderer.render(scene, camera);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    const ms = performance.now() - start;
    triangles = renderer.info.render.triangles;
    if (frame >= 10) times.push(ms);  // the first frames compile the shaders
    await new Promise(resolve => setTimeout(resolve, 0));
  }
  window.peerResult = {
    renderer: rendererName,
    triangles,
    draw_calls: renderer.info.render.calls,
    frame_ms_median: median(times),
    frame_ms_p95: percentile95(times),
    model_load_ms: modelLoadMs,
    width,
    height,
    msaa: msaa > 0 ? gl.getParameter(gl.SAMPLES) : 0,
  };
}

run().catch(error => { window.peerResult = {error: String(error && error.stack || error)}; });
