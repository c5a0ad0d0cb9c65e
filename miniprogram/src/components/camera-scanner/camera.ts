/**
 * The phone's camera in the browser: the one facing away from the person when there is one (the
 * front camera of a laptop otherwise), at a size that reads a small code without taxing an old phone.
 */
export async function openRearCamera(): Promise<MediaStream> {
  // Browsers give no mediaDevices to a page not opened over https (or on a phone without one).
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera for this page', 'NotFoundError');
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
}

/** Turns the camera off: its light goes out and other apps may use it. */
export function stopCamera(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}
